package io.github.portfoliosdk.render.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portfoliosdk.model.Contact;
import io.github.portfoliosdk.model.InvalidPortfolioException;
import io.github.portfoliosdk.model.Labels;
import io.github.portfoliosdk.model.Link;
import io.github.portfoliosdk.model.Person;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.PortfolioRenderers;
import io.github.portfoliosdk.model.Profile;
import io.github.portfoliosdk.model.Project;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.model.RoleKind;
import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PlainTextRendererTest {

    private static final PlainTextRenderer RENDERER = PlainTextRenderer.builder().clock(SamplePortfolios.CLOCK).build();

    @Test
    void isTheTextFormatAndIsFoundByName() {
        assertThat(RENDERER.format()).isEqualTo("text");
        assertThat(RENDERER.mediaType()).isEqualTo("text/plain; charset=UTF-8");
        assertThat(PortfolioRenderers.forFormat("text")).get().isInstanceOf(PlainTextRenderer.class);
    }

    @Test
    void noLineIsWiderThanEightyColumnsInAnyLocale() throws Exception {
        int lines = 0;
        for (String tag : Labels.bundledLocales()) {
            PlainTextRenderer renderer = PlainTextRenderer.builder().locale(Locale.forLanguageTag(tag))
                    .sections(Section.defaultOrder()).clock(SamplePortfolios.CLOCK).build();
            for (Portfolio portfolio : List.of(Showcase.load(), SamplePortfolios.full())) {
                String text = renderer.render(portfolio);
                assertThat(Columns.tooWide(text, 80)).as(tag).isEmpty();
                lines += (int) text.lines().count();
            }
        }
        assertThat(lines).isGreaterThan(14 * 200);
        Files.writeString(io.github.portfoliosdk.testing.Checkers.outputDir().resolve("cv.txt"),
                RENDERER.render(Showcase.load()));

        assertThat(Columns.tooWide("x".repeat(80) + "\n" + "東".repeat(41), 80)).as("known bad: 82 columns")
                .containsExactly("line 2 (82 columns): " + "東".repeat(41));
    }

    @Test
    void wideCharactersCountTwoColumnsSoJapaneseFillsHalfAsManyCharacters() {
        String japanese = "東京で大規模な物流システムのバックエンドを設計し、運用しています。".repeat(6);
        Portfolio portfolio = Portfolio.builder()
                .person(Person.builder().name("山田太郎").summary(japanese).build()).build();

        List<String> lines = PlainTextRenderer.builder().locale(Locale.JAPANESE).build().render(portfolio).lines()
                .filter(line -> line.startsWith("東") || line.startsWith("計") || Columns.of(line) > 70).toList();

        assertThat(lines).hasSizeGreaterThan(2).allSatisfy(line -> {
            assertThat(Columns.of(line)).isBetween(76, 80);
            assertThat(line.length()).isBetween(38, 40);
        });
        assertThat(String.join("", lines)).isEqualTo(japanese);
    }

    @Test
    void aWordLongerThanALineIsCutAtTheWidthAndNothingIsLost() {
        String url = "https://example.com/" + "a".repeat(150);
        Portfolio portfolio = Portfolio.builder().person(Person.builder().name("Ada").summary("See " + url).build())
                .build();

        String text = RENDERER.render(portfolio);

        assertThat(Columns.tooWide(text, 80)).isEmpty();
        assertThat(text.replace("\n", "")).contains("See" + url);
    }

    @Test
    void aLongWordIsNeverCutInsideALetterWithItsVowelSign() {
        // "x" then 50 times கொ (KA and the vowel sign O, one letter of two columns): the 80th column falls inside one
        String word = "x" + "\u0b95\u0bca".repeat(50);
        Portfolio portfolio = Portfolio.builder().person(Person.builder().name("Ada").summary(word).build()).build();

        String text = RENDERER.render(portfolio);

        assertThat(Columns.tooWide(text, 80)).isEmpty();
        assertThat(text.lines()).noneMatch(line -> !line.isEmpty() && Character.getType(line.codePointAt(0))
                == Character.COMBINING_SPACING_MARK);
        assertThat(text.lines()).anyMatch(line -> Columns.of(line) == 79 && line.startsWith("x"));
        assertThat(text.replace("\n", "")).contains(word);
    }

    @Test
    void everyFactOfTheShowcaseIsThereInOrder() {
        Portfolio showcase = Showcase.load();
        Labels labels = Labels.of(Locale.ENGLISH);
        List<String> facts = new ArrayList<>(List.of(showcase.person().name(), showcase.person().headline(),
                showcase.person().location().longForm(), showcase.person().summary(), labels.text("section.work")));
        for (Role role : showcase.roles()) {
            facts.addAll(List.of(role.title(), role.organization().fullName(), labels.period(role.period())));
            facts.addAll(role.highlights());
            facts.add(String.join(", ", role.technologies()));
        }
        facts.add(labels.text("section.projects"));
        for (Project project : showcase.projects()) {
            facts.add(project.name());
            facts.add(labels.period(project.period()));
            for (String fact : new String[] {project.description(), project.problem(), project.solution(),
                    project.impact()}) {
                if (fact != null) {
                    facts.add(fact);
                }
            }
            facts.add(String.join(", ", project.techStack()));
        }
        facts.add(labels.text("section.skills"));
        showcase.skills().forEach(skill -> facts.add(skill.name()));
        facts.add(labels.text("section.contact"));
        for (Profile profile : showcase.person().profiles()) {
            facts.add(profile.url());
        }

        String text = Columns.unwrapped(RENDERER.render(showcase));

        assertThat(missingInOrder(text, facts)).isEmpty();
        assertThat(facts).hasSizeGreaterThan(50);
        assertThat(missingInOrder(Columns.unwrapped(PlainTextRenderer.builder().clock(SamplePortfolios.CLOCK)
                .sections(List.of(Section.HERO, Section.PROJECTS, Section.WORK)).build().render(showcase)), facts))
                .as("known bad: projects before work").isNotEmpty();
    }

    @Test
    void contactDetailsAndEveryLinkAreWrittenOutAsText() {
        Portfolio full = SamplePortfolios.full();
        Contact contact = full.person().contact();

        String text = Columns.unwrapped(PlainTextRenderer.builder().clock(SamplePortfolios.CLOCK)
                .sections(Section.defaultOrder()).build().render(full));

        assertThat(text).contains("Email: " + contact.email(), "Phone: " + contact.phone(),
                "Website: " + contact.website(), full.person().profiles().get(0).url());
        assertThat(text).contains(full.projects().get(0).name() + " (" + full.projects().get(0).url() + ")");
        for (Link link : full.projects().get(0).links()) {
            assertThat(text).contains(link.label() + " (" + link.url() + ")");
        }
        assertThat(text).contains(full.roles().get(0).organization().fullName() + " ("
                + full.roles().get(0).organization().url() + ")");
    }

    @Test
    void sectionTitlesAreUnderlinedInTheOrderGivenAndNothingIsMarkup() {
        String text = PlainTextRenderer.builder().clock(SamplePortfolios.CLOCK)
                .sections(List.of(Section.HERO, Section.CONTACT, Section.SKILLS, Section.WORK)).build()
                .render(Showcase.load());
        List<String> lines = text.lines().toList();
        List<String> headings = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).matches("-+") && lines.get(i).length() == lines.get(i - 1).length()) {
                headings.add(lines.get(i - 1));
            }
        }

        assertThat(lines.get(0)).isEqualTo("Vinayagam D");
        assertThat(lines.get(1)).isEqualTo("===========");
        assertThat(headings).containsExactly("Get in touch", "Tech stack", "Work history");
        assertThat(text).doesNotContain("**", "](", "<", "#", "\t", "\r").doesNotContain(" \n").endsWith("\n");
    }

    @Test
    void userLineFeedsStartLinesAndTabsBecomeSpaces() {
        Portfolio portfolio = Portfolio.builder().person(Person.builder().name("Ada")
                .summary("First line\tand a tab\nSecond line").build()).build();

        assertThat(RENDERER.render(portfolio)).isEqualTo("Ada\n===\n\nFirst line and a tab\nSecond line\n");
    }

    @Test
    void anInvalidPortfolioIsRefusedWithEveryProblemAndNothingWritten() {
        Portfolio showcase = Showcase.load();
        Project hostile = showcase.projects().get(0).toBuilder().url("javascript:alert(1)").build();
        Role untitled = Role.builder().kind(RoleKind.JOB).build();
        Portfolio invalid = showcase.toBuilder().projects(List.of(hostile)).addRole(untitled).buildUnvalidated();
        StringBuilder output = new StringBuilder();

        assertThatThrownBy(() -> RENDERER.render(invalid, output))
                .isInstanceOf(InvalidPortfolioException.class)
                .hasMessageContaining("projects[0].url")
                .hasMessageContaining("roles[3]");
        assertThat(output).isEmpty();
    }

    @Test
    void theWidthCanBeChosenWithinReason() {
        String text = PlainTextRenderer.builder().width(60).clock(SamplePortfolios.CLOCK).build().render(Showcase.load());
        assertThat(Columns.tooWide(text, 60)).isEmpty();
        assertThat(text.lines().mapToInt(Columns::of).max().orElse(0)).isBetween(55, 60);
        assertThatThrownBy(() -> PlainTextRenderer.builder().width(20)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("40 to 200");
    }

    @Test
    void aSectionListedTwiceOrNoneAtAllIsRefusedWithTheMessageEveryRendererGives() {
        assertThatThrownBy(() -> PlainTextRenderer.builder().sections(List.of(Section.WORK, Section.SKILLS, Section.WORK)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("sections: work is listed twice");
        assertThatThrownBy(() -> PlainTextRenderer.builder().sections(List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("sections: at least one section is needed");
    }

    /** The expected texts not found in order (each after the previous one); empty when all are. */
    private static List<String> missingInOrder(String text, List<String> expected) {
        List<String> missing = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < expected.size(); i++) {
            String fact = Columns.unwrapped(expected.get(i));
            int at = text.indexOf(fact, from);
            if (at < 0) {
                missing.add("#" + i + " " + fact);
            } else {
                from = at + fact.length();
            }
        }
        return missing;
    }
}
