package io.github.portfoliosdk.model;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The portfolio's text in other languages, beside the text of its fields: per BCP 47 language tag, the translated
 * texts keyed by the JSON Pointer of the field they translate ({@code /person/headline}, {@code /roles/0/highlights/1}).
 * Only the texts a person writes are translated (headlines, summaries, highlights, titles; not names, ids, tags or
 * URLs); {@link Portfolio#in(java.util.Locale)} chooses a language and {@link Portfolio#coverage(java.util.Locale)}
 * says how much of it is there. Immutable; maps iterate in key order.
 * <p>A portfolio as read holds no translation in its own language and {@code original} is null. A portfolio that
 * {@link Portfolio#in(java.util.Locale) chose} another language also keeps the chosen language's texts (so that its
 * fallbacks are known) and, under the original language's tag, every original text (so that choosing back loses
 * nothing); {@code original} is then the {@link Portfolio#language()} the portfolio was written with.
 *
 * @param original the language the portfolio was written in, as its {@link Portfolio#language()} was (null meaning
 *     English), when it has chosen another; otherwise null
 * @param texts per language tag, the translated texts by JSON Pointer
 */
public record Translations(String original, SortedMap<String, SortedMap<String, String>> texts) {

    /** No translations. */
    public static final Translations NONE = new Translations(null, null);

    /** Copies the maps (null becomes empty) and refuses null keys and texts. */
    public Translations {
        SortedMap<String, SortedMap<String, String>> copy = new TreeMap<>();
        if (texts != null) {
            texts.forEach((language, byPointer) -> copy.put(language,
                    Collections.unmodifiableSortedMap(new TreeMap<>(byPointer))));
        }
        texts = Collections.unmodifiableSortedMap(copy);
    }

    /** Translations of a portfolio as written: these texts per language tag, no original. */
    public static Translations of(Map<String, ? extends Map<String, String>> texts) {
        SortedMap<String, SortedMap<String, String>> sorted = new TreeMap<>();
        texts.forEach((language, byPointer) -> sorted.put(language, new TreeMap<>(byPointer)));
        return new Translations(null, sorted);
    }

    /** The texts in this language, by JSON Pointer; empty when there are none. */
    public SortedMap<String, String> in(String languageTag) {
        return texts.getOrDefault(languageTag, Collections.emptySortedMap());
    }

    /** Whether there is no translation. */
    public boolean isEmpty() {
        return texts.isEmpty();
    }
}
