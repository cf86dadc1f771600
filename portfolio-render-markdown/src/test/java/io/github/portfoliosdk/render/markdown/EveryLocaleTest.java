package io.github.portfoliosdk.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.testing.EnglishLabels;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A README in any bundled language shows no English label outside user text, with the same catalogue as HTML. */
class EveryLocaleTest {

    private static final Portfolio EVERY_SECTION = EnglishLabels.everySection();

    @ParameterizedTest
    @MethodSource("io.github.portfoliosdk.testing.EnglishLabels#translated")
    void aReadmeWithEverySectionHasNoEnglishLabel(String tag) {
        for (Flavor flavor : Flavor.values()) {
            assertNoEnglish(tag, flavor, EVERY_SECTION);
        }
    }

    @ParameterizedTest
    @MethodSource("io.github.portfoliosdk.testing.EnglishLabels#translated")
    void theShowcaseHasNoEnglishLabel(String tag) {
        assertNoEnglish(tag, Flavor.GITHUB, Showcase.load());
    }

    @Test
    void theCheckFindsEnglishLabelsInAReadmeThatShouldBeGerman() {
        String english = renderer(MarkdownRenderer.builder()).render(EVERY_SECTION);
        String userOnly = renderer(MarkdownRenderer.builder().labels(EnglishLabels.blank())).render(EVERY_SECTION);
        assertThat(EnglishLabels.leaks(Locale.GERMAN, english, userOnly))
                .containsKeys("section.work=Work history", "present=present", "skill=Skill", "level.expert=Expert");
    }

    @Test
    void germanHasGermanTitlesDatesAndYearsButTheUsersOwnTitleWins() {
        String readme = renderer(MarkdownRenderer.builder().locale(Locale.GERMAN).sectionTitle(Section.CONTACT, "Schreib mir"))
                .render(Showcase.load());
        assertThat(readme).contains("## Berufserfahrung", "## Schreib mir", "2+ Jahre", "Feb. 2026 – heute")
                .doesNotContain("## Kontakt");
    }

    @Test
    void polishYearsTakeThePluralFormCldrGives() {
        String readme = renderer(MarkdownRenderer.builder().locale(Locale.forLanguageTag("pl"))).render(Showcase.load());
        assertThat(readme).contains("2+ lata");
    }

    private static void assertNoEnglish(String tag, Flavor flavor, Portfolio portfolio) {
        Locale locale = Locale.forLanguageTag(tag);
        String rendered = renderer(MarkdownRenderer.builder().flavor(flavor).locale(locale)).render(portfolio);
        String userOnly = renderer(MarkdownRenderer.builder().flavor(flavor).labels(EnglishLabels.blank())).render(portfolio);
        assertThat(EnglishLabels.leaks(locale, rendered, userOnly)).as("English labels in the %s %s README", tag, flavor)
                .isEmpty();
    }

    private static MarkdownRenderer renderer(MarkdownRenderer.Builder builder) {
        return builder.clock(SamplePortfolios.CLOCK).build();
    }
}
