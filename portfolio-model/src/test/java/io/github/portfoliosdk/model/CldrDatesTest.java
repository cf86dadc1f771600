package io.github.portfoliosdk.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.DateIntervalInfo;
import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Dates and periods in every bundled locale read as CLDR writes them: each expectation is built here from ICU's own
 * pattern for the skeleton ({@link DateTimePatternGenerator}) and the locale's range pattern, not from our code.
 */
class CldrDatesTest {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    static List<String> locales() {
        return Labels.bundledLocales();
    }

    private static String icu(String skeleton, String tag, int year, int month, int day) {
        ULocale locale = ULocale.forLanguageTag(tag);
        SimpleDateFormat format = new SimpleDateFormat(
                DateTimePatternGenerator.getInstance(locale).getBestPattern(skeleton), locale);
        format.setTimeZone(UTC);
        GregorianCalendar calendar = new GregorianCalendar(UTC);
        calendar.clear();
        calendar.set(year, month - 1, day);
        return format.format(calendar.getTime());
    }

    private static String range(String tag, String start, String end) {
        // CLDR's thin spaces around the dash are written as ordinary spaces (see Labels.rangePattern)
        return new DateIntervalInfo(ULocale.forLanguageTag(tag)).getFallbackIntervalPattern().replace('\u2009', ' ')
                .replace("{0}", start).replace("{1}", end);
    }

    @ParameterizedTest
    @MethodSource("locales")
    void aDateReadsAsCldrsPatternForItsPrecision(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        assertThat(PartialDate.ofYear(2024).format(locale)).isEqualTo(icu("y", tag, 2024, 1, 1));
        assertThat(PartialDate.ofMonth(2026, 2).format(locale)).isEqualTo(icu("yMMM", tag, 2026, 2, 1));
        assertThat(PartialDate.of(2026, 2, 5).format(locale)).isEqualTo(icu("yMMMd", tag, 2026, 2, 5));
    }

    @ParameterizedTest
    @MethodSource("locales")
    void aPeriodJoinsItsEndsWithTheLocalesRangePattern(String tag) {
        Labels labels = Labels.of(Locale.forLanguageTag(tag));
        Period ended = Period.of(PartialDate.ofMonth(2023, 10), PartialDate.ofMonth(2026, 2));
        Period ongoing = Period.of(PartialDate.ofMonth(2023, 10), null);
        String october = icu("yMMM", tag, 2023, 10, 1);
        assertThat(labels.period(ended)).isEqualTo(range(tag, october, icu("yMMM", tag, 2026, 2, 1)));
        assertThat(labels.period(ongoing)).isEqualTo(range(tag, october, labels.text("present")));
    }

    @Test
    void chineseAndJapaneseWriteTheYearFirst() {
        assertThat(PartialDate.ofMonth(2026, 2).format(Locale.JAPANESE)).isEqualTo("2026年2月");
        assertThat(PartialDate.ofMonth(2026, 2).format(Locale.forLanguageTag("zh-Hans"))).isEqualTo("2026年2月");
        assertThat(Labels.of(Locale.JAPANESE).period(Period.of(PartialDate.ofMonth(2026, 2), null)))
                .isEqualTo("2026年2月～現在");
    }

    @Test
    void englishSetsTheRangeDashBetweenSpaces() {
        assertThat(Labels.of(Locale.ENGLISH).period(Period.of(PartialDate.ofMonth(2026, 2), null)))
                .isEqualTo("Feb 2026 \u2013 present");
        assertThat(Labels.of(Locale.ENGLISH).rangePattern()).isEqualTo("{0} \u2013 {1}");
        assertThat(Labels.of(Locale.forLanguageTag("pl")).rangePattern()).isEqualTo("{0} \u2013 {1}");
    }

    @Test
    void frenchPutsANoBreakSpaceBeforeAColonAndJapaneseAFullWidthColon() {
        assertThat(Labels.of(Locale.FRENCH).field("Expérience")).isEqualTo("Expérience\u00a0:");
        assertThat(Labels.of(Locale.FRENCH).fieldSpace()).isEqualTo(" ");
        assertThat(Labels.of(Locale.JAPANESE).field("経験")).isEqualTo("経験：");
        assertThat(Labels.of(Locale.JAPANESE).fieldSpace()).isEmpty();
        assertThat(Labels.of(Locale.ENGLISH).field("Experience")).isEqualTo("Experience:");
    }
}
