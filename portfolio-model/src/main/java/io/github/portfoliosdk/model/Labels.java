package io.github.portfoliosdk.model;

import com.ibm.icu.text.PluralRules;
import io.github.portfoliosdk.model.internal.CalendarText;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The label catalogue every renderer takes its fixed words from: section titles ({@code section.work}), field names
 * ({@code location}), "present", link texts, accessible names and the years-of-experience phrase with CLDR plural
 * forms ({@code experience.years.one}, {@code experience.years.other}, ...). Immutable and thread-safe.
 * <p><b>Format.</b> A catalogue is a UTF-8 {@link Properties} file, one {@code key=text} a line; the bundled ones are
 * {@code io/github/portfoliosdk/model/labels/labels_<tag>.properties} in this module, named as
 * {@link ResourceBundle.Control#toBundleName} names them ({@code labels_pt_BR}, {@code labels_zh_Hans}). The keys are
 * those of the English catalogue ({@link #keys()}); a plural key is written once per CLDR plural category of the
 * language ({@code zero one two few many other}), its text holding {@code {0}} where the number goes.
 * <p><b>Fallback.</b> Each key is looked up in the catalogue of the locale, then of its parents
 * ({@code pt-BR}, {@code pt}), then English; texts given to {@link Builder#put} or {@link Builder#load} win over all.
 */
public final class Labels {

    /**
     * An en dash with a space on each side: what stood between the start and the end of a period before periods took
     * the locale's CLDR range pattern.
     *
     * @deprecated a period's ends are joined by {@link #rangePattern()}, which differs per locale
     */
    @Deprecated(since = "0.1.0")
    public static final String PERIOD_DASH = " \u2013 ";

    private static final String BASE = "labels";
    private static final ResourceBundle.Control NAMES =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Map<String, String> ENGLISH = read(Locale.ENGLISH);
    /** The languages written right to left, by ISO 639 code. */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he", "iw", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ckb");

    private final Locale locale;
    private final Locale language;
    private final Map<String, String> texts;
    private final PluralRules plurals;

    private Labels(Locale locale, Locale language, Map<String, String> texts) {
        this(locale, language, texts, PluralRules.forLocale(language));
    }

    private Labels(Locale locale, Locale language, Map<String, String> texts, PluralRules plurals) {
        this.locale = locale;
        this.language = language;
        this.texts = texts;
        this.plurals = plurals;
    }

    /** The bundled catalogue for a locale, falling back per key to its parents, then English. */
    public static Labels of(Locale locale) {
        return builder(locale).build();
    }

    /** A builder starting from the bundled catalogue of {@code locale}; add or override texts with it. */
    public static Builder builder(Locale locale) {
        return new Builder(Objects.requireNonNull(locale, "locale"));
    }

    /** Every key of the English catalogue, sorted; plural keys appear with their English categories. */
    public static Set<String> keys() {
        return Collections.unmodifiableSet(new TreeSet<>(ENGLISH.keySet()));
    }

    /** The locales whose catalogue ships with this module, as BCP 47 tags ({@code en}, {@code pt-BR}, ...). */
    public static List<String> bundledLocales() {
        return List.of("en", "de", "fr", "es", "pt-BR", "it", "nl", "pl", "ta", "hi", "ja", "zh-Hans", "ar", "he");
    }

    /**
     * The locale a user names by its BCP 47 tag ({@code de}, {@code pt-BR}, {@code zh-Hans}), checked: unlike
     * {@link Locale#forLanguageTag(String)}, a malformed tag or one without a language is refused, not read as an
     * empty locale that would quietly fall back to English.
     *
     * @throws IllegalArgumentException saying what is wrong and which catalogues ship
     */
    public static Locale localeOf(String tag) {
        Objects.requireNonNull(tag, "tag");
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag.strip()).build();
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException("'" + tag + "' is not a BCP 47 language tag (such as de, pt-BR, zh-Hans); "
                    + "catalogues ship for " + String.join(", ", bundledLocales()), e);
        }
        if (locale.getLanguage().isEmpty()) {
            throw new IllegalArgumentException("'" + tag + "' names no language; try one of "
                    + String.join(", ", bundledLocales()));
        }
        if (locale.getLanguage().length() > 3) {
            // well-formed, but no language has a code that long: 'german' would quietly fall back to English
            String named = tag.strip();
            String code = Arrays.stream(Locale.getISOLanguages())
                    .filter(iso -> Locale.forLanguageTag(iso).getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(named))
                    .findFirst().map(iso -> " (" + named + " is " + iso + ")").orElse("");
            throw new IllegalArgumentException("'" + tag + "' is not a language code: they have two or three letters"
                    + code + "; catalogues ship for " + String.join(", ", bundledLocales()));
        }
        return locale;
    }

    /** The bundled catalogue of exactly this locale, without fallback: empty when none ships; for tests and tools. */
    public static Map<String, String> bundled(Locale locale) {
        return Collections.unmodifiableMap(new TreeMap<>(read(locale)));
    }

    /** The locale asked for; dates and numbers are formatted in it. */
    public Locale locale() {
        return locale;
    }

    /**
     * The language the labels really are in: the most specific locale whose catalogue (bundled or added) gave a
     * text, English when none did. A page's {@code lang} is this.
     */
    public Locale language() {
        return language;
    }

    /** Whether {@link #language()} is written right to left (Arabic, Hebrew, Persian, Urdu...). */
    public boolean rightToLeft() {
        return rightToLeft(language);
    }

    /**
     * Whether a language is written right to left (Arabic, Hebrew, Persian, Urdu...): for the language of the user's
     * text ({@link Portfolio#contentLocale()}) as for the labels'.
     */
    public static boolean rightToLeft(Locale language) {
        return RIGHT_TO_LEFT.contains(Objects.requireNonNull(language, "language").getLanguage());
    }

    /**
     * The text of a key.
     *
     * @throws IllegalArgumentException when no catalogue, English included, has the key
     */
    public String text(String key) {
        String text = texts.get(Objects.requireNonNull(key, "key"));
        if (text == null) {
            throw new IllegalArgumentException("labels: no text for key '" + key + "'");
        }
        return text;
    }

    /** The text of a key, or empty when no catalogue, English included, has it (a custom section's title). */
    public Optional<String> find(String key) {
        return Optional.ofNullable(texts.get(Objects.requireNonNull(key, "key")));
    }

    /**
     * The text of a plural key for {@code count}, chosen by the CLDR plural rules of {@link #language()}, with
     * {@code {0}} replaced by {@code shown} (the number as the renderer shows it, such as "2+").
     *
     * @throws IllegalArgumentException when neither the category's key nor {@code key.other} has a text
     */
    public String plural(String key, long count, String shown) {
        String category = plurals.select(count);
        String text = texts.get(key + "." + category);
        return (text != null ? text : text(key + ".other")).replace("{0}", Objects.requireNonNull(shown, "shown"));
    }

    /**
     * A period in these labels' words and {@link #locale()}, its dates and range in CLDR's patterns for the locale
     * ({@link PartialDate#format}, {@link #rangePattern()}): "Feb 2026 – present", "Oct 2023 – Oct 2025", "2024" (a
     * single date) or "until 2021" (an end only); Japanese "2026年2月～現在". Null without a period or a date.
     */
    public String period(Period period) {
        if (period == null) {
            return null;
        }
        PartialDate start = period.start();
        PartialDate end = period.end();
        if (start == null) {
            return end == null ? null : text("until") + " " + end.format(locale);
        }
        if (period.isSingleDate()) {
            return start.format(locale);
        }
        return CalendarText.range(locale, start.format(locale), end == null ? text("present") : end.format(locale));
    }

    /**
     * CLDR's pattern for a range in {@link #locale()}, {@code {0}} the start and {@code {1}} the end: "{0} – {1}" in
     * English (CLDR's thin spaces around the dash written as ordinary spaces), "{0}～{1}" in Japanese. For a renderer that writes the dates of a
     * period itself (in HTML {@code <time>} elements, say).
     */
    public String rangePattern() {
        return CalendarText.rangePattern(locale);
    }

    /**
     * A field's name followed by the colon the language writes after it (key {@code field}): "Experience:", French
     * "Expérience\u00a0:" (a no-break space before the colon), Japanese "経験：" (a full-width colon). Renderers add a
     * space before the value themselves, except after a full-width colon, which carries its own ({@link #fieldSpace()}).
     */
    public String field(String name) {
        return text("field").replace("{0}", Objects.requireNonNull(name, "name"));
    }

    /** What goes between {@link #field(String)} and its value: a space, or nothing after a full-width colon. */
    public String fieldSpace() {
        return text("field").endsWith("\uff1a") ? "" : " ";
    }

    /**
     * This catalogue with one text replaced, in the same {@link #language()}: the user's own wording. For a plural key
     * ({@code experience.years}) the text replaces every plural form.
     */
    public Labels with(String key, String text) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
        Map<String, String> changed = new LinkedHashMap<>(texts);
        if (texts.containsKey(key + ".other")) {
            changed.keySet().removeIf(existing -> existing.startsWith(key + "."));
            changed.put(key + ".other", text);
        } else {
            changed.put(key, text);
        }
        return new Labels(locale, language, Collections.unmodifiableMap(changed), plurals);
    }

    /**
     * The English text of a key, for the renderers' label enums; for a plural key ({@code experience.years}) its
     * form for many, with {@code {0}} for the number.
     *
     * @throws IllegalArgumentException when the English catalogue has no such key
     */
    public static String english(String key) {
        String text = ENGLISH.get(Objects.requireNonNull(key, "key"));
        if (text == null) {
            text = ENGLISH.get(key + ".other");
        }
        if (text == null) {
            throw new IllegalArgumentException("labels: no English text for key '" + key + "'");
        }
        return text;
    }

    /** The CLDR plural categories of a locale's language ({@code one}, {@code other}, ...), sorted. */
    public static Set<String> pluralCategories(Locale locale) {
        return Collections.unmodifiableSet(new TreeSet<>(PluralRules.forLocale(locale).getKeywords()));
    }

    private static Map<String, String> read(Locale locale) {
        String name = NAMES.toBundleName(BASE, locale);
        try (InputStream in = Labels.class.getResourceAsStream("labels/" + name + ".properties")) {
            return in == null ? Map.of() : load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> load(Reader reader) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            texts.put(key, properties.getProperty(key));
        }
        return texts;
    }

    /** Collects a catalogue: the bundled texts of a locale plus the user's own; not thread-safe. */
    public static final class Builder {
        private final Locale locale;
        private final Map<String, String> own = new LinkedHashMap<>();
        private boolean catalogue;

        private Builder(Locale locale) {
            this.locale = locale;
        }

        /**
         * Sets the text of one key (for a plural key, of one category: {@code experience.years.few}): the user's own
         * wording, which does not change {@link Labels#language()}.
         */
        public Builder put(String key, String text) {
            own.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(text, "text"));
            return this;
        }

        /**
         * Adds every {@code key=text} of a catalogue in the documented format (see {@link Labels}), read from a
         * character stream the caller opens and closes, such as a UTF-8 file of the user's own language; the labels'
         * {@link Labels#language()} is then the builder's locale.
         *
         * @throws UncheckedIOException when reading fails
         * @throws IllegalArgumentException when the catalogue is malformed
         */
        public Builder load(Reader catalogue) {
            try {
                own.putAll(Labels.load(Objects.requireNonNull(catalogue, "catalogue")));
                this.catalogue = true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        /** The catalogue, immutable and thread-safe. */
        public Labels build() {
            Map<String, String> texts = new LinkedHashMap<>(ENGLISH);
            Locale language = Locale.ENGLISH;
            List<Locale> candidates = new ArrayList<>(NAMES.getCandidateLocales(BASE, locale));
            Collections.reverse(candidates);
            for (Locale candidate : candidates) {
                Map<String, String> bundled = candidate.equals(Locale.ROOT) ? Map.of() : read(candidate);
                if (!bundled.isEmpty()) {
                    texts.putAll(bundled);
                    language = candidate;
                }
            }
            texts.putAll(own);
            if (catalogue) {
                language = stripped(locale);
            }
            return new Labels(locale, language, Collections.unmodifiableMap(texts));
        }

        private static Locale stripped(Locale locale) {
            return new Locale.Builder().setLocale(locale).clearExtensions().build();
        }
    }
}
