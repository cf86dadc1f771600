package io.github.portfoliosdk.json.internal;

import io.github.portfoliosdk.model.Translations;
import io.github.portfoliosdk.model.internal.translation.TranslatableTexts;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The texts of one document written as maps of languages ({@code headline: {en: ..., de: ...}}): reads such a map,
 * reporting a key that is no language tag, a language given twice and a map without the portfolio's own language,
 * each at its line and column, and collects the other languages' texts by JSON Pointer. Not thread-safe, one per read.
 */
public final class TranslatedTexts {

    private final String own;
    private final SortedMap<String, SortedMap<String, String>> texts = new TreeMap<>();
    private final Map<String, String> languageOfKey = new HashMap<>();

    /** For a portfolio written in this language (a BCP 47 tag; null is English). */
    public TranslatedTexts(String language) {
        this.own = canonical(language == null ? "en" : language);
    }

    /** The language tag of a document, from its top-level {@code language}; null when it has none or it is no text. */
    public static String languageOf(Tree document) {
        if (document instanceof Tree.Mapping root && root.get("language") != null
                && root.get("language").value() instanceof Tree.Scalar scalar && scalar.kind() == Tree.ScalarKind.STRING) {
            return scalar.text();
        }
        return null;
    }

    /**
     * The text in the portfolio's own language of this map of languages; the others are kept for
     * {@link #translations()}. Null when the map has no usable text in the own language (the problem is reported).
     */
    String read(Tree.Mapping map, String path, Problems problems) {
        List<Tree.Entry> entries = map.entries();
        String[] languages = new String[entries.size()]; // of each entry, null for one left out
        String ownText = null;
        boolean ownGiven = false;
        for (int i = 0; i < entries.size(); i++) {
            Tree.Entry entry = entries.get(i);
            String language = language(entry.name());
            if (language == null) {
                problems.add(entry.namePosition(), path + "." + entry.name(),
                        TranslatableTexts.tagProblem(entry.name()).orElseThrow());
                continue;
            }
            int first = 0;
            while (first < i && !language.equals(languages[first])) {
                first++;
            }
            if (first < i) {
                Tree.Entry earlier = entries.get(first);
                problems.add(entry.namePosition(), path + "." + entry.name(), "the language " + language
                        + " is given twice, first as '" + earlier.name() + "' at line " + earlier.namePosition().line()
                        + ", column " + earlier.namePosition().column());
                continue;
            }
            languages[i] = language;
            ownGiven |= language.equals(own);
            if (!(entry.value() instanceof Tree.Scalar scalar) || scalar.kind() != Tree.ScalarKind.STRING) {
                problems.add(entry.value().position(), path + "." + entry.name(), "expected the text in " + language
                        + " but found " + Tree.describe(entry.value()));
            } else if (language.equals(own)) {
                ownText = scalar.text();
            } else if (scalar.text().isBlank()) {
                problems.add(scalar.position(), path + "." + entry.name(),
                        "a translation must not be blank; leave the language out instead");
            } else {
                texts.computeIfAbsent(language, key -> new TreeMap<>()).put(pointer(path), scalar.text());
            }
        }
        if (!ownGiven) {
            problems.add(map.position(), path, "the text in the portfolio's language (" + own
                    + ") is missing; a map of languages holds it beside the translations");
        }
        return ownText;
    }

    /**
     * The usual spelling of the language a key of a map of languages names, or null when the key is no language tag.
     * A document repeats the same few keys, so each spelling is parsed once per document.
     */
    private String language(String key) {
        String language = languageOfKey.get(key);
        if (language == null && !languageOfKey.containsKey(key)) {
            language = TranslatableTexts.tagProblem(key).isEmpty() ? canonical(key) : null;
            languageOfKey.put(key, language);
        }
        return language;
    }

    /** What was collected: the texts in the other languages. */
    public Translations translations() {
        return texts.isEmpty() ? Translations.NONE : new Translations(null, texts);
    }

    /** The JSON Pointer of a path: {@code roles[1].highlights[0]} is {@code /roles/1/highlights/0}. */
    static String pointer(String path) {
        StringBuilder pointer = new StringBuilder(path.length() + 1);
        boolean inStep = false;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '.' || c == '[') {
                inStep = false;
            } else if (c != ']') {
                if (!inStep) {
                    pointer.append('/');
                    inStep = true;
                }
                if (c == '~') {
                    pointer.append("~0");
                } else if (c == '/') {
                    pointer.append("~1");
                } else {
                    pointer.append(c);
                }
            }
        }
        return pointer.toString();
    }

    /** The usual spelling of a well-formed tag: {@code pt-br} is {@code pt-BR}. */
    static String canonical(String tag) {
        try {
            return new Locale.Builder().setLanguageTag(tag).build().toLanguageTag();
        } catch (java.util.IllformedLocaleException e) {
            return tag;
        }
    }
}
