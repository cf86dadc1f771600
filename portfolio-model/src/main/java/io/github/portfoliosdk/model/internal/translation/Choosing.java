package io.github.portfoliosdk.model.internal.translation;

import io.github.portfoliosdk.model.Coverage;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Translations;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Chooses a portfolio's language and measures a language's coverage: the work behind {@link Portfolio#in(Locale)}. */
public final class Choosing {

    private Choosing() {
    }

    /** The tag of a portfolio language as {@link Portfolio#language()} gives it: null is English. */
    public static String tag(String language) {
        return language == null ? "en" : language;
    }

    /** See {@link Portfolio#in(Locale)}. */
    public static Portfolio in(Portfolio portfolio, Locale locale) {
        Portfolio written = asWritten(portfolio);
        String own = tag(written.language());
        String chosen = lookup(locale, languages(written));
        if (chosen == null || chosen.equals(tag(portfolio.language()))) {
            return portfolio;
        }
        if (chosen.equals(own)) {
            return written;
        }
        SortedMap<String, String> originals = new TreeMap<>();
        Portfolio replaced = TranslatableTexts.replace(written, written.translations().in(chosen), originals);
        SortedMap<String, SortedMap<String, String>> texts = new TreeMap<>(written.translations().texts());
        texts.put(own, originals);
        return replaced.toBuilder()
                .language(chosen)
                .translations(new Translations(written.language(), texts))
                .buildUnvalidated();
    }

    /** What a fallback's warning says: {@code no de translation; shown in en}. */
    public static String fallbackMessage(String chosen, String original) {
        return "no " + chosen + " translation; shown in " + original;
    }

    /** The portfolio in the language it was written in, with every other language among its translations. */
    public static Portfolio asWritten(Portfolio portfolio) {
        Translations translations = portfolio.translations();
        if (!translations.texts().containsKey(tag(portfolio.language()))) {
            return portfolio;
        }
        String original = tag(translations.original());
        SortedMap<String, SortedMap<String, String>> others = new TreeMap<>(translations.texts());
        others.remove(original);
        return TranslatableTexts.replace(portfolio, translations.in(original)).toBuilder()
                .language(translations.original())
                .translations(new Translations(null, others))
                .buildUnvalidated();
    }

    /** See {@link Portfolio#coverage(Locale)}. */
    public static Coverage coverage(Portfolio portfolio, Locale locale) {
        Portfolio written = asWritten(portfolio);
        String chosen = lookup(locale, languages(written));
        Map<String, String> all = TranslatableTexts.of(written);
        if (chosen == null) {
            return new Coverage(locale.toLanguageTag(), 0, all.size(),
                    all.keySet().stream().map(TranslatableTexts::path).toList());
        }
        if (chosen.equals(tag(written.language()))) {
            return new Coverage(chosen, all.size(), all.size(), List.of());
        }
        Map<String, String> have = written.translations().in(chosen);
        List<String> untranslated = new ArrayList<>();
        for (String pointer : all.keySet()) {
            if (!have.containsKey(pointer)) {
                untranslated.add(TranslatableTexts.path(pointer));
            }
        }
        return new Coverage(chosen, all.size() - untranslated.size(), all.size(), untranslated);
    }

    /** See {@link Portfolio#contentLanguages()}. */
    public static List<String> languages(Portfolio portfolio) {
        Translations translations = portfolio.translations();
        boolean chosen = translations.texts().containsKey(tag(portfolio.language()));
        String own = tag(chosen ? translations.original() : portfolio.language());
        List<String> languages = new ArrayList<>();
        languages.add(own);
        translations.texts().keySet().stream().filter(language -> !language.equals(own)).forEach(languages::add);
        return languages;
    }

    /** See {@link Portfolio#fallbackTexts()}. */
    public static Map<String, Locale> fallbackTexts(Portfolio portfolio) {
        Translations translations = portfolio.translations();
        Map<String, String> shown = translations.texts().get(tag(portfolio.language()));
        if (shown == null) {
            return Map.of();
        }
        String original = tag(translations.original());
        Locale originalLocale = Locale.forLanguageTag(original);
        Map<String, Locale> fallbacks = new HashMap<>();
        translations.in(original).forEach((pointer, text) -> {
            if (!shown.containsKey(pointer)) {
                fallbacks.put(text, originalLocale);
            }
        });
        return Collections.unmodifiableMap(fallbacks);
    }

    /**
     * The tag among {@code tags} that serves {@code locale}, as BCP 47 lookup finds it ({@code de-AT} is served by
     * {@code de}), else one of the same language ({@code de} by {@code de-CH}); null when none does. Case does not count.
     */
    public static String lookup(Locale locale, List<String> tags) {
        String wanted = locale.toLanguageTag();
        while (!wanted.isEmpty()) {
            for (String tag : tags) {
                if (tag.equalsIgnoreCase(wanted)) {
                    return tag;
                }
            }
            int end = wanted.lastIndexOf('-');
            wanted = end < 0 ? "" : wanted.substring(0, end);
        }
        for (String tag : tags) {
            if (Locale.forLanguageTag(tag).getLanguage().equals(locale.getLanguage())) {
                return tag;
            }
        }
        return null;
    }
}
