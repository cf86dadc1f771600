package io.github.portfoliosdk.render.html;

import io.github.portfoliosdk.model.Theme;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.testing.SamplePortfolios;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Pages in Arabic and Hebrew run right to left: the style sheets say start and end, never left and right. */
class RightToLeftTest {

    private static final Pattern PHYSICAL = Pattern.compile(
            "(?<![\\w-])(margin|padding|border)-(left|right)\\b|(?<![\\w-])(left|right)\\s*:|text-align\\s*:\\s*(left|right)"
                    + "|float\\s*:\\s*(left|right)|clear\\s*:\\s*(left|right)");

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyStylesheetUsesLogicalProperties(Theme theme) {
        assertThat(PHYSICAL.matcher(HtmlRenderer.stylesheet(theme)).results().map(match -> match.group()).toList())
                .as("physical (left/right) properties in the %s style sheet", theme).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void arrowsPointTheWayTheTextRuns(Theme theme) {
        String css = HtmlRenderer.stylesheet(theme);
        assertThat(css).contains(".pf-stage+.pf-stage:dir(rtl)::before{transform:scaleX(-1)}",
                ".pf-highlights li:dir(rtl)::before{content:\"←\"", ".pf-focus-title:dir(rtl)::before{content:\"← \"");
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void shellCommandsReadLeftToRightOnTheStartSideOfARightToLeftPage(Theme theme) {
        assertThat(HtmlRenderer.stylesheet(theme)).contains(
                ".pf-prompt,.pf-nav-host,.pf-card-bar,.pf-window-bar{direction:ltr;unicode-bidi:isolate}",
                ".pf-prompt:dir(rtl){text-align:end}");
    }

    @Test
    void anArabicPageIsRightToLeftAndAnEnglishOneIsNot() {
        Document arabic = Jsoup.parse(HtmlRenderer.builder().locale(Locale.forLanguageTag("ar-EG"))
                .clock(SamplePortfolios.CLOCK).build().render(CheckedPages.showcase()));
        assertThat(arabic.selectFirst("html").attributes().get("dir")).isEqualTo("rtl");
        assertThat(arabic.selectFirst("html").attr("lang")).isEqualTo("ar");
        assertThat(arabic.select("h2").eachText()).anyMatch(title -> title.contains("الخبرة العملية"));
        Document english = Jsoup.parse(HtmlRenderer.builder().clock(SamplePortfolios.CLOCK).build().render(CheckedPages.showcase()));
        assertThat(english.selectFirst("html").hasAttr("dir")).isFalse();
    }
}
