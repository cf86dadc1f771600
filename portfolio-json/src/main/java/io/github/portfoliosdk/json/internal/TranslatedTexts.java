package io.github.portfoliosdk.json.internal;

import io.github.portfoliosdk.model.Translations;
import io.github.portfoliosdk.model.internal.translation.TranslatableTexts;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The texts of one document written as maps of languages ({@code headline: {en: ..., de: ...}}): reads such a map,
 * reporting a key that is no language tag, a language given twice and a map without the portfolio's own language,
 * each at its line and column, and collects the other languages' texts by JSON Pointer. Not thread-safe, one per read.
 */
public final class TranslatedTexts {

    private final String own;
    private final Map<String, Map<String, String>> texts = new TreeMap<>();

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
        String ownText = null;
        boolean ownGiven = false;
        Map<String, Tree.Entry> seen = new HashMap<>();
        String pointer = pointer(path);
        for (Tree.Entry entry : map.entries()) {
            String entryPath = path + "." + entry.name();
            java.util.Optional<String> wrong = TranslatableTexts.tagProblem(entry.name());
            if (wrong.isPresent()) {
                problems.add(entry.namePosition(), entryPath, wrong.get());
                continue;
            }
            String language = canonical(entry.name());
            Tree.Entry first = seen.putIfAbsent(language, entry);
            if (first != null) {
                problems.add(entry.namePosition(), entryPath, "the language " + language + " is given twice, first as '"
                        + first.name() + "' at line " + first.namePosition().line() + ", column "
                        + first.namePosition().column());
                continue;
            }
            if (!(entry.value() instanceof Tree.Scalar scalar) || scalar.kind() != Tree.ScalarKind.STRING) {
                problems.add(entry.value().position(), entryPath, "expected the text in " + language + " but found "
                        + Tree.describe(entry.value()));
                continue;
            }
            if (language.equals(own)) {
                ownGiven = true;
                ownText = scalar.text();
            } else if (scalar.text().isBlank()) {
                problems.add(scalar.position(), entryPath, "a translation must not be blank; leave the language out instead");
            } else {
                texts.computeIfAbsent(language, key -> new TreeMap<>()).put(pointer, scalar.text());
            }
        }
        if (!ownGiven && seen.values().stream().noneMatch(entry -> canonical(entry.name()).equals(own))) {
            problems.add(map.position(), path, "the text in the portfolio's language (" + own
                    + ") is missing; a map of languages holds it beside the translations");
        }
        return ownText;
    }

    /** What was collected: the texts in the other languages. */
    public Translations translations() {
        return texts.isEmpty() ? Translations.NONE : Translations.of(texts);
    }

    /** The JSON Pointer of a path: {@code roles[1].highlights[0]} is {@code /roles/1/highlights/0}. */
    static String pointer(String path) {
        StringBuilder pointer = new StringBuilder();
        for (String step : path.replace("[", ".").replace("]", "").split("\\.")) {
            if (!step.isEmpty()) {
                pointer.append('/').append(step.replace("~", "~0").replace("/", "~1"));
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
