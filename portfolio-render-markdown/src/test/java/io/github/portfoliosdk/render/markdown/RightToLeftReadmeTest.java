package io.github.portfoliosdk.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A README whose labels run the other way than the user's text keeps that text in order: GitHub gives each paragraph
 * the direction of its first letter, so "**الحالة:** Open to work." would be a right-to-left paragraph with the full
 * stop thrown to the left; the text after a label is isolated instead. Labels take their language's colon.
 */
class RightToLeftReadmeTest {

    private static String render(MarkdownRenderer.Builder builder, Portfolio portfolio) {
        return builder.clock(SamplePortfolios.CLOCK).build().render(portfolio);
    }

    @Test
    void englishTextAfterAnArabicLabelIsIsolatedLeftToRight() {
        String readme = render(MarkdownRenderer.builder().locale(Locale.forLanguageTag("ar")), Showcase.load());
        List<String> labelled = readme.lines().filter(line -> line.matches("\\*\\*[\\u0600-\\u06FF][^*]*\\*\\* .*")).toList();
        assertThat(labelled).as("paragraphs led by an Arabic label").hasSizeGreaterThan(5)
                .allSatisfy(line -> assertThat(line).contains("** <span dir=\"ltr\" lang=\"en\">"));
        assertThat(readme).contains("<span dir=\"ltr\" lang=\"en\">A large NGO serving 200K+ citizens");
    }

    @Test
    void commonMarkWhichHasNoHtmlUsesTheUnicodeIsolates() {
        String readme = render(MarkdownRenderer.builder().flavor(Flavor.COMMONMARK).locale(Locale.forLanguageTag("he")),
                Showcase.load());
        assertThat(readme).doesNotContain("<span").contains("\u2066A large NGO serving 200K+ citizens");
        assertThat(readme.chars().filter(c -> c == '\u2066').count())
                .isEqualTo(readme.chars().filter(c -> c == '\u2069').count()).isPositive();
    }

    @Test
    void aReadmeWhoseLabelsAndTextRunTheSameWayHasNoIsolates() {
        assertThat(render(MarkdownRenderer.builder(), Showcase.load())).doesNotContain("<span").doesNotContain("\u2066");
        assertThat(render(MarkdownRenderer.builder().locale(Locale.FRENCH), Showcase.load())).doesNotContain("<span");
    }

    @Test
    void anArabicPortfolioWithEnglishLabelsIsIsolatedRightToLeft() {
        Portfolio arabic = SamplePortfolios.full().toBuilder().language("ar").build();
        assertThat(render(MarkdownRenderer.builder(), arabic)).contains("<span dir=\"rtl\" lang=\"ar\">");
    }

    @Test
    void frenchPutsANoBreakSpaceBeforeTheColonAndJapaneseWritesAFullWidthOne() {
        assertThat(render(MarkdownRenderer.builder().locale(Locale.FRENCH), Showcase.load()))
                .contains("**Expérience\u00a0:** 2+ ans");
        assertThat(render(MarkdownRenderer.builder().locale(Locale.JAPANESE), Showcase.load()))
                .contains("**経験：** 2+年").contains("2026年2月～現在");
    }
}
