package io.github.portfoliosdk.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.model.Portfolio;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A portfolio in English with German and Tamil, rendered as the set of pages {@code --locale all} writes: each page
 * shows no text of another language but its fallbacks, marked with their own {@code lang}, and links the others.
 * (vnu and axe check these pages with the others: {@link CheckedPages#write()}.)
 */
class TranslatedPagesTest {

    private static final Portfolio PORTFOLIO = CheckedPages.translated();
    private static final Map<String, String> PAGES = CheckedPages.translatedPages();

    /** Whole texts are looked for in elements; long ones anywhere ("Tamil" may stand in "Tamil Nadu", a place). */
    @Test
    void eachPageShowsNoTextOfAnotherLanguageButItsFallbacks() {
        // every text in every language, by pointer: English complete (a chosen portfolio keeps the original)
        Map<String, String> english = PORTFOLIO.in(Locale.GERMAN).translations().in("en");
        assertThat(english).hasSizeGreaterThan(30);
        List<String> languages = PORTFOLIO.contentLanguages();
        assertThat(languages).containsExactly("en", "de", "ta");
        for (int i = 0; i < languages.size(); i++) {
            String shown = languages.get(i);
            Portfolio chosen = PORTFOLIO.in(Locale.forLanguageTag(shown));
            Document page = Jsoup.parse(List.copyOf(PAGES.values()).get(i));
            page.select(".pf-languages").remove(); // the switch names each language in itself
            String text = page.body().text();
            java.util.Set<String> elementTexts = new java.util.HashSet<>(page.body().getAllElements().eachText());
            List<String> fallbacks = chosen.coverage(Locale.forLanguageTag(shown)).untranslated();
            List<String> foreign = new ArrayList<>();
            for (String other : languages) {
                Map<String, String> texts = other.equals("en") ? english : PORTFOLIO.translations().in(other);
                texts.forEach((pointer, value) -> {
                    boolean fallback = other.equals("en") && fallbacks.contains(path(pointer));
                    boolean sameInBoth = chosenText(chosen, shown, english, pointer).equals(value);
                    if (!other.equals(shown) && !fallback && !sameInBoth
                            && (elementTexts.contains(value) || value.length() > 20 && text.contains(value))) {
                        foreign.add(other + " " + pointer + ": " + value);
                    }
                });
            }
            assertThat(foreign).as("text of another language on the %s page", shown).isEmpty();
            if (!shown.equals("en")) {
                assertThat(fallbacks).as(shown).isNotEmpty();
                assertThat(page.body().select("[lang=en]").eachText()).as("fallbacks marked as English on the %s page", shown)
                        .contains(english.get("/roles/1/highlights/2"));
            }
        }
    }

    @Test
    void eachPageIsInItsLanguageAndLinksTheOthers() {
        List<String> names = List.copyOf(PAGES.keySet());
        assertThat(names).containsExactly("translated-index.html", "translated-index.de.html", "translated-index.ta.html");
        Document german = Jsoup.parse(PAGES.get("translated-index.de.html"));
        assertThat(german.selectFirst("html").attr("lang")).isEqualTo("de");
        assertThat(german.select("link[rel=alternate]")).extracting(link -> link.attr("hreflang") + " " + link.attr("href"))
                .containsExactly("en translated-index.html", "de translated-index.de.html", "ta translated-index.ta.html");
        Element languageSwitch = german.selectFirst(".pf-languages");
        assertThat(languageSwitch.select("a")).extracting(Element::text).containsExactly("English", "தமிழ்");
        assertThat(languageSwitch.selectFirst("[aria-current=page]").text()).isEqualTo("Deutsch");
        assertThat(german.selectFirst("h1").text()).contains("Vinayagam D");
        assertThat(german.text()).contains("Skalierbare Systeme und APIs bauen.", "Berufserfahrung");
    }

    @Test
    void aPageInOneLanguageHasNoSwitch() {
        Document page = Jsoup.parse(HtmlRenderer.builder().build().render(PORTFOLIO));
        assertThat(page.select(".pf-languages, link[rel=alternate]")).isEmpty();
        assertThat(page.body().select("[lang=en]")).as("nothing marked: all is in the page's language").isEmpty();
    }

    private static String chosenText(Portfolio chosen, String shown, Map<String, String> english, String pointer) {
        return shown.equals("en") ? english.get(pointer)
                : PORTFOLIO.translations().in(shown).getOrDefault(pointer, english.get(pointer));
    }

    private static String path(String pointer) {
        return pointer.substring(1).replaceAll("/(\\d+)", "[$1]").replace('/', '.');
    }
}
