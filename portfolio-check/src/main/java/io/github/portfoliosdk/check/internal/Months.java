package io.github.portfoliosdk.check.internal;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Month names, short and long, in the languages whose CVs the check reads (those of Latin script). */
final class Months {

    static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.ITALIAN,
            Locale.forLanguageTag("es"), Locale.forLanguageTag("nl"), Locale.forLanguageTag("pl"),
            Locale.forLanguageTag("pt-BR"));

    private static final List<Set<String>> NAMES = java.util.stream.IntStream.rangeClosed(1, 12)
            .mapToObj(Months::collect).toList();

    private Months() {
    }

    /** The lower-case names of one month (1 to 12), without a final full stop, in every language. */
    static Set<String> names(int month) {
        return NAMES.get(month - 1);
    }

    private static Set<String> collect(int month) {
        Set<String> names = new LinkedHashSet<>();
        for (Locale locale : LOCALES) {
            for (TextStyle style : TextStyle.values()) {
                if (style == TextStyle.NARROW || style == TextStyle.NARROW_STANDALONE) {
                    continue;
                }
                String name = Month.of(month).getDisplayName(style, locale).toLowerCase(locale);
                names.add(name.endsWith(".") ? name.substring(0, name.length() - 1) : name);
            }
        }
        return java.util.Collections.unmodifiableSet(names);
    }

    /** A regular-expression alternation of every month name, longest first. */
    static String alternation() {
        Set<String> all = new java.util.TreeSet<>((a, b) -> a.length() != b.length() ? b.length() - a.length()
                : a.compareTo(b));
        for (int m = 1; m <= 12; m++) {
            all.addAll(names(m));
        }
        return String.join("|", all.stream().map(java.util.regex.Pattern::quote).toList());
    }
}
