package io.github.portfoliosdk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portfoliosdk.testing.SamplePortfolios;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelValuesTest {

    @Test
    void recordsAreValuesEqualWhenTheirPartsAre() {
        assertThat(SamplePortfolios.full()).isEqualTo(SamplePortfolios.full())
                .hasSameHashCodeAs(SamplePortfolios.full());
    }

    @Test
    void listsAreCopiedSoTheCallerCannotChangeThem() {
        List<String> technologies = new ArrayList<>(List.of("Java"));
        Role role = Role.builder().technologies(technologies).build();
        technologies.add("Kotlin");
        assertThat(role.technologies()).containsExactly("Java");
        assertThatThrownBy(() -> role.technologies().add("Go")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void missingListsAreEmptyNeverNull() {
        Person person = new Person("A", null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(person.about()).isEmpty();
        assertThat(person.focus()).isEmpty();
    }

    @Test
    void toBuilderMakesAnEditedCopyAndLeavesTheOriginal() {
        Portfolio original = SamplePortfolios.full();
        Portfolio edited = original.toBuilder()
                .person(original.person().toBuilder().headline("Staff Engineer").build())
                .build();
        assertThat(edited.person().headline()).isEqualTo("Staff Engineer");
        assertThat(original.person().headline()).isEqualTo("Python Backend Engineer");
        assertThat(edited.toBuilder().person(original.person()).build()).isEqualTo(original);
    }

    @Test
    void extensionsIterateInKeyOrder() {
        Portfolio portfolio = SamplePortfolios.minimal().toBuilder()
                .extensions(Map.of("/b", "1", "/a", "2", "/c", "3"))
                .build();
        assertThat(portfolio.extensions().keySet()).containsExactly("/a", "/b", "/c");
    }

    @Test
    void aRoleKindDefaultsToJob() {
        assertThat(Role.builder().build().kind()).isEqualTo(RoleKind.JOB);
    }

    @Test
    void locationLinesReadNaturally() {
        Role remote = Role.builder().location("Singapore").workMode(WorkMode.REMOTE).build();
        assertThat(remote.locationLine()).isEqualTo("Singapore (Remote)");
        assertThat(Role.builder().workMode(WorkMode.HYBRID).build().locationLine()).isEqualTo("Hybrid");
        assertThat(Role.builder().location("Chennai, India").build().locationLine()).isEqualTo("Chennai, India");
    }

    @Test
    void locationsNameTheirCountry() {
        Location chennai = new Location(null, null, "Chennai", "Tamil Nadu", "IN");
        assertThat(chennai.shortForm()).isEqualTo("Chennai, IN");
        assertThat(chennai.longForm()).isEqualTo("Chennai, Tamil Nadu, India");
        assertThat(new Location(null, null, "Atlantis", null, "XX").longForm()).isEqualTo("Atlantis, XX");
        assertThat(new Location(null, null, null, null, null).country()).isEmpty();
    }

    @Test
    void skillLevelsShowTheWordsAsWritten() {
        assertThat(Skill.of("Python", SkillLevel.EXPERT, null).levelLabel()).contains("Expert");
        assertThat(new Skill("Go", null, "Master", null, null, null).levelLabel()).contains("Master");
        assertThat(Skill.of("Rust", null, null).levelLabel()).isEmpty();
        assertThat(SkillLevel.fromText(" advanced ")).contains(SkillLevel.ADVANCED);
        assertThat(SkillLevel.fromText("Master")).isEmpty();
    }

    @Test
    void organizationsPreferTheirShortName() {
        assertThat(new Organization("Trames Private Limited", "Trames Pvt Ltd", null, null).displayName())
                .isEqualTo("Trames Pvt Ltd");
        assertThat(Organization.named("CADD Centre").displayName()).isEqualTo("CADD Centre");
    }

    @Test
    void sectionsHaveStableIds() {
        assertThat(Section.SYSTEM_DESIGN.id()).isEqualTo("system-design");
        assertThat(Section.fromId("Design_Notes")).contains(Section.DESIGN_NOTES);
        assertThat(Section.fromId("nope")).isEmpty();
    }

    @Test
    void problemsPrintLikeACompilerMessage() {
        Problem problem = Problem.at("roles[1].period.end", "must not be before roles[1].period.start");
        assertThat(problem).hasToString("roles[1].period.end: must not be before roles[1].period.start");
        assertThat(problem.locatedAt("portfolio.yaml", 12, 9))
                .hasToString("portfolio.yaml:12:9: roles[1].period.end: must not be before roles[1].period.start");
        assertThat(new Problem("in.json", 0, 0, "", "unexpected end of input")).hasToString("in.json: unexpected end of input");
    }

    @Test
    void withoutRendererModulesNoFormatIsFound() {
        assertThat(PortfolioRenderers.forFormat("html")).isEmpty();
    }
}
