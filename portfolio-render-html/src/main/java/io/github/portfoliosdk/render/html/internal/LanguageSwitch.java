package io.github.portfoliosdk.render.html.internal;

import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.render.html.HtmlWriter;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The links between the languages of a page rendered in several ({@code HtmlRenderer.Builder.languages}): the
 * {@code <link rel="alternate" hreflang>} of the head, and the switch at the top of the page, each language named in
 * itself ("Deutsch", "தமிழ்") and marked with its {@code lang}, the page's own marked as the current one.
 */
final class LanguageSwitch {

    private LanguageSwitch() {
    }

    /**
     * The language of each text of a portfolio in a chosen language that fell back to the language it was written in
     * ({@link Portfolio#fallbackTexts()}, worked out once per page), null for the others: what {@link UserText} marks
     * with its own {@code lang}. Always null for a portfolio in the language it was written in.
     */
    static Function<String, Locale> fallbacks(Portfolio portfolio) {
        return portfolio.fallbackTexts()::get;
    }

    /** The head's alternate links, one per language (this page's too, as search engines ask). */
    static void links(Options options, HtmlWriter writer) {
        for (Map.Entry<String, String> language : options.languages().entrySet()) {
            writer.start("link").attr("rel", "alternate").attr("hreflang", language.getKey());
            href(writer, language.getValue());
            writer.raw("\n");
        }
    }

    /** A page's URL: a relative one (no scheme) as given, any other only when it is a link ({@link HtmlWriter#safeUrl}). */
    private static void href(HtmlWriter writer, String url) {
        int colon = url.indexOf(':');
        int end = url.replaceAll("[/?#].*", "").length();
        if (colon < 0 || colon > end) {
            writer.attr("href", url);
        } else {
            writer.urlAttr("href", url);
        }
    }

    /** The visible switch; nothing when the page is in one language. */
    static void write(Options options, Portfolio portfolio, HtmlWriter writer) {
        if (options.languages().size() < 2) {
            return;
        }
        String current = portfolio.contentLocale().toLanguageTag();
        // a navigation landmark, named with the catalogue's word for languages ("Sprachen"), as axe asks of all content
        writer.start("nav").attr("class", "pf-languages").attr("aria-label", options.labels().text("section.languages"));
        writer.tag("ul", "pf-languages-list");
        for (Map.Entry<String, String> language : options.languages().entrySet()) {
            Locale locale = Locale.forLanguageTag(language.getKey());
            String name = locale.getDisplayName(locale);
            writer.raw("<li>");
            if (language.getKey().equalsIgnoreCase(current)) {
                writer.start("span").attr("lang", language.getKey()).attr("aria-current", "page").text(name).end("span");
            } else {
                writer.start("a").attr("lang", language.getKey()).attr("hreflang", language.getKey());
                href(writer, language.getValue());
                writer.text(name).end("a");
            }
            writer.raw("</li>");
        }
        writer.end("ul").end("nav").raw("\n");
    }
}
