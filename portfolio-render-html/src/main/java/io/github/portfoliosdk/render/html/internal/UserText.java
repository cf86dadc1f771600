package io.github.portfoliosdk.render.html.internal;

import io.github.portfoliosdk.model.Labels;
import io.github.portfoliosdk.render.html.HtmlWriter;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * The one place that marks the user's own text on a page whose labels may be in another language: an element or run
 * of user text gets {@code lang} when its language differs from the page's, and {@code dir} (isolating it, with
 * {@code <bdi>} when inline) when its direction does, so an English sentence keeps its full stop at its end on an
 * Arabic page. Where both match it adds nothing, so a page in one language is written as before.
 * <p>A text's language comes from a function of the text itself, by default the portfolio's content language for
 * every text: a caller that knows some fields are in another language (a translation's fallback to the original,
 * say) gives a function that answers for those field values and falls back to the content language for the rest.
 */
final class UserText {

    private final Locale page;
    private final boolean pageRightToLeft;
    private final Function<String, Locale> languageOf;

    /**
     * Marks for a page in {@code page} (the labels' language) holding text whose language {@code languageOf} tells;
     * it may return null for "the content language".
     */
    UserText(Locale page, Locale content, Function<String, Locale> languageOf) {
        this.page = Objects.requireNonNull(page, "page");
        this.pageRightToLeft = Labels.rightToLeft(page);
        Objects.requireNonNull(content, "content");
        this.languageOf = text -> {
            Locale language = languageOf.apply(text);
            return language == null ? content : language;
        };
    }

    /** Marks for a page whose every user text is in the content language. */
    UserText(Locale page, Locale content) {
        this(page, content, text -> content);
    }

    /** Whether the text, written in an element of the page, needs marking. */
    boolean marks(String text) {
        Locale language = languageOf.apply(text);
        return !sameLanguage(language) || Labels.rightToLeft(language) != pageRightToLeft;
    }

    /** Adds {@code lang} and {@code dir} for the text to the start tag the writer has open. */
    void mark(HtmlWriter writer, String text) {
        Locale language = languageOf.apply(text);
        if (!sameLanguage(language)) {
            writer.attr("lang", Head.language(language));
        }
        boolean rightToLeft = Labels.rightToLeft(language);
        if (rightToLeft != pageRightToLeft) {
            writer.attr("dir", rightToLeft ? "rtl" : "ltr");
        }
    }

    /** An element holding only user text, marked as the text needs. */
    void element(HtmlWriter writer, String name, String cssClass, String text) {
        writer.start(name);
        if (cssClass != null) {
            writer.attr("class", cssClass);
        }
        mark(writer, text);
        writer.text(text).end(name);
    }

    /**
     * A run of user text amid other words: as it is where it needs no marking, in a {@code <bdi>} (isolated, with its
     * direction and language) where its direction differs, in a {@code <span lang>} where only its language does.
     */
    void inline(HtmlWriter writer, String text) {
        if (!marks(text)) {
            writer.text(text);
            return;
        }
        Locale language = languageOf.apply(text);
        String name = Labels.rightToLeft(language) != pageRightToLeft ? "bdi" : "span";
        writer.start(name);
        mark(writer, text);
        writer.text(text).end(name);
    }

    /** A link around user text, inside the marks {@link #inline} would give the text. */
    void link(HtmlWriter writer, String url, String cssClass, String text) {
        if (text == null || !marks(text)) {
            writer.link(url, cssClass, text);
            return;
        }
        String name = Labels.rightToLeft(languageOf.apply(text)) != pageRightToLeft ? "bdi" : "span";
        writer.start(name);
        mark(writer, text);
        writer.link(url, cssClass, text).end(name);
    }

    private boolean sameLanguage(Locale language) {
        return Head.language(language).equals(Head.language(page));
    }
}
