package io.github.portfoliosdk.model.internal;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateIntervalInfo;
import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dates and date ranges as CLDR writes them in a locale, through ICU: a year ({@code y}), a month ({@code yMMM}:
 * "Feb 2026", "2026年2月") or a day ({@code yMMMd}) in the locale's own pattern, and two ends joined by the locale's
 * range pattern ("{0} – {1}", Japanese "{0}～{1}"). Thread-safe: formats are made once per locale and skeleton and
 * used one caller at a time.
 */
public final class CalendarText {

    /** The CLDR skeletons for a date known to the year, the month and the day. */
    public static final String YEAR = "y";
    /** See {@link #YEAR}. */
    public static final String MONTH = "yMMM";
    /** See {@link #YEAR}. */
    public static final String DAY = "yMMMd";

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    private static final Map<String, DateFormat> FORMATS = new ConcurrentHashMap<>();
    private static final Map<Locale, String> RANGES = new ConcurrentHashMap<>();

    private CalendarText() {
    }

    /** The ICU pattern CLDR gives a skeleton in a locale ("MMM y" for {@code yMMM} in English, "y年M月" in Japanese). */
    public static String pattern(String skeleton, Locale locale) {
        return DateTimePatternGenerator.getInstance(ULocale.forLocale(locale)).getBestPattern(skeleton);
    }

    /** A Gregorian date written with a skeleton's pattern in a locale; {@code month} and {@code day} count from 1. */
    public static String format(String skeleton, Locale locale, int year, int month, int day) {
        DateFormat format = FORMATS.computeIfAbsent(skeleton + '|' + locale.toLanguageTag(),
                key -> DateFormat.getInstanceForSkeleton(skeleton, ULocale.forLocale(locale)));
        GregorianCalendar calendar = new GregorianCalendar(UTC, ULocale.ROOT);
        calendar.clear();
        calendar.set(year, month - 1, day);
        synchronized (format) {
            format.setTimeZone(UTC);
            return format.format(calendar.getTime());
        }
    }

    /**
     * CLDR's fallback interval pattern of a locale: "{0} – {1}" in English, "{0}～{1}" in Japanese. The thin spaces
     * CLDR puts around the dash in English and other European locales are written as ordinary spaces, as most locales
     * have them: every output (plain text, Markdown, a PDF's embedded font subsets, a search in any of them) then reads
     * "2023 – 2026" alike.
     */
    public static String rangePattern(Locale locale) {
        return RANGES.computeIfAbsent(locale, key -> new DateIntervalInfo(ULocale.forLocale(key))
                .getFallbackIntervalPattern().replace('\u2009', ' '));
    }

    /**
     * Two ends of a range joined as CLDR's fallback interval pattern of the locale says ("Feb 2026 – Oct 2026");
     * the ends are written as given, so either may be a word such as "present".
     */
    public static String range(Locale locale, String start, String end) {
        String pattern = rangePattern(locale);
        int first = pattern.indexOf("{0}");
        int second = pattern.indexOf("{1}");
        if (first < second) {
            return pattern.substring(0, first) + start + pattern.substring(first + 3, second) + end
                    + pattern.substring(second + 3);
        }
        return pattern.substring(0, second) + end + pattern.substring(second + 3, first) + start
                + pattern.substring(first + 3);
    }
}
