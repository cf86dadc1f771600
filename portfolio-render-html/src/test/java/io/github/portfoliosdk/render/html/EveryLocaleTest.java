package io.github.portfoliosdk.render.html;

import io.github.portfoliosdk.model.Label;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.testing.EnglishLabels;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A page in any bundled language shows no English label outside user text, and says which language it is in. */
class EveryLocaleTest {

    private static final Portfolio EVERY_SECTION = EnglishLabels.everySection();

    @ParameterizedTest
    @MethodSource("io.github.portfoliosdk.testing.EnglishLabels#translated")
    void aPageWithEverySectionHasNoEnglishLabel(String tag) {
        assertNoEnglish(tag, EVERY_SECTION);
    }

    @ParameterizedTest
    @MethodSource("io.github.portfoliosdk.testing.EnglishLabels#translated")
    void theShowcaseHasNoEnglishLabel(String tag) {
        assertNoEnglish(tag, CheckedPages.showcase());
    }

    @ParameterizedTest
    @MethodSource("io.github.portfoliosdk.testing.EnglishLabels#translated")
    void langAndDirSayWhatTheTextIs(String tag) {
        Document page = Jsoup.parse(renderer(HtmlRenderer.builder().locale(Locale.forLanguageTag(tag))).render(EVERY_SECTION));
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo(tag);
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo(tag.equals("ar") || tag.equals("he") ? "rtl" : "");
        Document fragment = Jsoup.parse(renderer(HtmlRenderer.builder().locale(Locale.forLanguageTag(tag)).fragment(true))
                .render(EVERY_SECTION));
        assertThat(fragment.selectFirst(".pf-root").attr("lang")).isEqualTo(tag);
        assertThat(fragment.selectFirst(".pf-root").attr("dir")).isEqualTo(tag.equals("ar") || tag.equals("he") ? "rtl" : "");
    }

    @Test
    void aLocaleWithoutCatalogueIsLabelledAsTheEnglishItShows() {
        Document page = Jsoup.parse(renderer(HtmlRenderer.builder().locale(Locale.forLanguageTag("sw"))).render(EVERY_SECTION));
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.select(".pf-section-title").eachText()).contains("Work history");
    }

    @Test
    void germanHasGermanTitlesDatesAndYearsButTheUsersOwnTitleWins() {
        Document page = Jsoup.parse(renderer(HtmlRenderer.builder().locale(Locale.GERMAN)
                .sectionTitle(Section.CONTACT, "Schreib mir")).render(CheckedPages.showcase()));
        assertThat(page.select(".pf-fact").eachText()).contains("Erfahrung 2+ Jahre");
        assertThat(page.select("h2").eachText()).anyMatch(title -> title.contains("Berufserfahrung"))
                .anyMatch(title -> title.contains("Schreib mir")).noneMatch(title -> title.contains("Kontakt"));
        assertThat(page.select(".pf-role-period").first().text()).isEqualTo("Feb. 2026 – heute");
    }

    @Test
    void theUsersWordingOfALabelWinsOverTheCatalogue() {
        Document page = Jsoup.parse(renderer(HtmlRenderer.builder().locale(Locale.GERMAN).label(Label.PRESENT, "jetzt"))
                .render(CheckedPages.showcase()));
        assertThat(page.select(".pf-role-period").first().text()).endsWith("– jetzt");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("de");
    }

    @Test
    void theCheckFindsEnglishLabelsOnAPageThatClaimsToBeGerman() {
        String english = shown(renderer(HtmlRenderer.builder()).render(EVERY_SECTION));
        String userOnly = shown(renderer(HtmlRenderer.builder().labels(EnglishLabels.blank())).render(EVERY_SECTION));
        assertThat(EnglishLabels.leaks(Locale.GERMAN, english, userOnly)).containsKeys("section.work=Work history",
                "present=present", "skip-to-content=Skip to content", "level.expert=Expert", "experience.years.one=year");
    }

    private static void assertNoEnglish(String tag, Portfolio portfolio) {
        Locale locale = Locale.forLanguageTag(tag);
        String rendered = shown(renderer(HtmlRenderer.builder().locale(locale)).render(portfolio));
        String userOnly = shown(renderer(HtmlRenderer.builder().labels(EnglishLabels.blank())).render(portfolio));
        assertThat(EnglishLabels.leaks(locale, rendered, userOnly)).as("English labels on the %s page", tag).isEmpty();
    }

    private static HtmlRenderer renderer(HtmlRenderer.Builder builder) {
        return builder.clock(SamplePortfolios.CLOCK).build();
    }

    /** What a reader or screen reader gets: the text and every attribute but class, id and links. */
    private static String shown(String html) {
        Document page = Jsoup.parse(html);
        page.select("script, style").remove();
        StringBuilder shown = new StringBuilder(page.text());
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                if (!List.of("class", "id", "href", "src", "rel", "for").contains(attribute.getKey())) {
                    shown.append('\n').append(attribute.getValue());
                }
            }
        }
        return shown.toString();
    }
}
