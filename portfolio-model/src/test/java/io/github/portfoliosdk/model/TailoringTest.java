package io.github.portfoliosdk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Portfolio.tailored: a variant keeps the items tagged with a requested tag, and the untagged ones. */
class TailoringTest {

    private static final Role BACKEND = Role.builder().id("acme").kind(RoleKind.JOB).title("Backend engineer")
            .period(Period.parse("2020-01", "2023-12")).tags(List.of("backend")).build();
    private static final Role DATA = Role.builder().id("data-co").kind(RoleKind.JOB).title("Data engineer")
            .period(Period.parse("2024-01", "2024-12")).tags(List.of("data")).build();
    private static final Role UNTAGGED = Role.builder().kind(RoleKind.VOLUNTEER).title("Mentor").build();
    private static final Project PIPELINE = Project.builder().id("pipeline").name("Pipeline").roleId("data-co")
            .tags(List.of("data", "backend")).build();
    private static final Project DASHBOARD = Project.builder().id("dashboard").name("Dashboard").roleId("data-co")
            .tags(List.of("frontend")).build();
    private static final DesignNote NOTE = DesignNote.builder().id("queues").title("Queues")
            .usedIn(List.of(UsedIn.project("dashboard", "charts"), UsedIn.project("pipeline", null),
                    new UsedIn("dashboard", "A dashboard", null)))
            .build();
    private static final Skill SQL = Skill.builder().name("SQL").tags(List.of("data")).build();
    private static final Skill GO = Skill.builder().name("Go").tags(List.of("backend")).build();
    private static final Portfolio PORTFOLIO = Portfolio.builder().person(Person.builder().name("Ada").build())
            .roles(List.of(BACKEND, DATA, UNTAGGED)).projects(List.of(PIPELINE, DASHBOARD)).designNotes(List.of(NOTE))
            .skills(List.of(SQL, GO)).build();

    @Test
    void keepsItemsWithAnyRequestedTagAndUntaggedItems() {
        Portfolio data = PORTFOLIO.tailored(Set.of("data"));
        assertThat(data.roles()).containsExactly(DATA, UNTAGGED);
        assertThat(data.projects()).containsExactly(PIPELINE);
        assertThat(data.skills()).containsExactly(SQL);
        assertThat(data.designNotes()).hasSize(1);
        Portfolio both = PORTFOLIO.tailored(Set.of("data", "frontend"));
        assertThat(both.projects()).containsExactly(PIPELINE, DASHBOARD);
    }

    @Test
    void referencesToItemsLeftOutGo() {
        Portfolio backend = PORTFOLIO.tailored(Set.of("backend"));
        assertThat(backend.projects()).singleElement().satisfies(project -> assertThat(project.roleId()).isNull());
        assertThat(backend.designNotes().get(0).usedIn()).containsExactly(UsedIn.project("pipeline", null),
                UsedIn.named("A dashboard", null));
        assertThat(PortfolioValidator.check(backend)).isSameAs(backend);
    }

    @Test
    void experienceCountsOnlyTheRolesKept() {
        LocalDate today = LocalDate.of(2026, 1, 1);
        assertThat(Experience.of(PORTFOLIO.roles(), today).months()).isEqualTo(60);
        assertThat(Experience.of(PORTFOLIO.tailored(Set.of("data")).roles(), today).months()).isEqualTo(12);
    }

    @Test
    void aTagNoItemCarriesIsAnErrorThatSuggestsTheClosest() {
        assertThatThrownBy(() -> PORTFOLIO.tailored(Set.of("bakend", "zzz")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tags: no item carries 'bakend' (did you mean 'backend'?), 'zzz';"
                        + " the tags are backend, data, frontend");
    }

    @Test
    void noTagsIsTheWholePortfolioAndTheSameTagsGiveTheSameVariant() {
        assertThat(PORTFOLIO.tailored(Set.of())).isSameAs(PORTFOLIO);
        assertThat(PORTFOLIO.tailored(Set.of("data", "backend"))).isEqualTo(PORTFOLIO.tailored(Set.of("backend", "data")));
        assertThat(PORTFOLIO.allTags()).containsExactly("backend", "data", "frontend");
    }
}
