package io.github.portfoliosdk.testing;

import io.github.portfoliosdk.model.Labels;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds English labels left in a rendering in another language: counts each English catalogue text in the rendering
 * and in a rendering of the same portfolio whose labels are all blank (so whatever is left there is user text).
 * Published in the model's test-jar for every renderer's tests.
 */
public final class EnglishLabels {

    /** What every label reads in {@link #blank()}: no letter of any language. */
    public static final String BLANK = "\u00a7";

    private EnglishLabels() {
    }

    /** The bundled locales other than English, as BCP 47 tags: a parameter source for every renderer's tests. */
    public static java.util.List<String> translated() {
        return Labels.bundledLocales().stream().filter(tag -> !tag.equals("en")).toList();
    }

    /** {@link SamplePortfolios#full()} with {@link #noWords()}: every section, and no user text that is a word. */
    public static io.github.portfoliosdk.model.Portfolio everySection() {
        return SamplePortfolios.full(noWords(), "https://example.com/");
    }

    /** A catalogue with every text {@link #BLANK}: a rendering with it shows only user text and markup. */
    public static Labels blank() {
        Labels.Builder builder = Labels.builder(Locale.ENGLISH);
        for (String key : Labels.keys()) {
            builder.put(key, BLANK);
        }
        return builder.build();
    }

    /** Turns every user text into a distinct non-word ("u17x"), so that any English word left is a label. */
    public static UnaryOperator<String> noWords() {
        Map<String, String> names = new java.util.HashMap<>();
        return text -> names.computeIfAbsent(text, key -> "u" + (names.size() + 1) + "x");
    }

    /**
     * The English label texts found more often in {@code rendered} (in {@code locale}) than in {@code userOnly}, with
     * how many more; empty when the rendering has no English label. English texts that the locale's own catalogue
     * uses as a word (German "Status") are not counted.
     */
    public static Map<String, Integer> leaks(Locale locale, String rendered, String userOnly) {
        Labels english = Labels.of(Locale.ENGLISH);
        Labels own = Labels.of(locale);
        StringBuilder ownTexts = new StringBuilder();
        for (String key : Labels.keys()) {
            ownTexts.append(own.text(key.startsWith("experience.years.") ? "experience.years.other" : key)).append('\n');
        }
        for (String value : Labels.bundled(locale).values()) {
            ownTexts.append(value).append('\n');
        }
        Map<String, Integer> leaks = new TreeMap<>();
        for (String key : Labels.keys()) {
            String text = english.text(key).replace("{0}", "").strip();
            if (count(text, ownTexts) > 0) {
                continue;
            }
            int more = count(text, rendered) - count(text, userOnly);
            if (more > 0) {
                leaks.merge(key + "=" + text, more, Integer::sum);
            }
        }
        return leaks;
    }

    private static int count(String word, CharSequence in) {
        Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{M}_-])" + Pattern.quote(word) + "(?![\\p{L}\\p{M}_-])").matcher(in);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
