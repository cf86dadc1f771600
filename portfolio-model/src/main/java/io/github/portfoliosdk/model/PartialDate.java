package io.github.portfoliosdk.model;

import io.github.portfoliosdk.model.internal.CalendarText;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * A calendar date known to a year, a month or a day, kept at the precision given ("2019", "2019-07",
 * "2019-07-01"), as JSON Resume allows.
 *
 * @param year the year, 1000 to 2999: the years JSON Resume's date format has, so that every date exports
 * @param month the month 1 to 12, or 0 when only the year is known
 * @param day the day of the month, or 0 when not known; only with a month
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    /** How precisely a {@link PartialDate} is known. */
    public enum Precision {
        /** Only the year. */
        YEAR,
        /** Year and month. */
        MONTH,
        /** Year, month and day. */
        DAY
    }

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException when the parts do not make a real date ("2018-02-29", month 13)
     */
    public PartialDate {
        if (year < 1000 || year > 2999) {
            throw new IllegalArgumentException("year " + year + " is not between 1000 and 2999");
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month " + month + " is not between 1 and 12");
        }
        if (day != 0) {
            if (month == 0) {
                throw new IllegalArgumentException("a day needs a month");
            }
            int length = YearMonth.of(year, month).lengthOfMonth();
            if (day < 1 || day > length) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%04d-%02d has no day %d", year, month, day));
            }
        }
    }

    /** A date known to the year. */
    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0);
    }

    /** A date known to the month. */
    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, 0);
    }

    /** A date known to the day. */
    public static PartialDate of(int year, int month, int day) {
        return new PartialDate(year, month, day);
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException with a message that says what is wrong
     */
    public static PartialDate parse(String text) {
        if (text == null || !text.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new IllegalArgumentException("'" + text + "' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
        }
        int year = Integer.parseInt(text.substring(0, 4));
        int month = text.length() >= 7 ? Integer.parseInt(text.substring(5, 7)) : 0;
        int day = text.length() == 10 ? Integer.parseInt(text.substring(8, 10)) : 0;
        if (text.length() >= 7 && month == 0 || text.length() == 10 && day == 0) {
            throw new IllegalArgumentException("'" + text + "' is not a real date: "
                    + (month == 0 ? "month 00 does not exist" : "day 00 does not exist"));
        }
        try {
            return new PartialDate(year, month, day);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a real date: " + e.getMessage(), e);
        }
    }

    /** How precisely this date is known. */
    public Precision precision() {
        return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
    }

    /** The first day this date can mean (1 January for a year). */
    public LocalDate firstDay() {
        return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    /** The last day this date can mean (31 December for a year). */
    public LocalDate lastDay() {
        if (day != 0) {
            return LocalDate.of(year, month, day);
        }
        return month == 0 ? LocalDate.of(year, 12, 31) : YearMonth.of(year, month).atEndOfMonth();
    }

    /**
     * Equal when year, month and day are, as for any record; spelled out because the generated equals is linked
     * through invokedynamic on its first call, a cost every one-off command-line run paid for comparing periods.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof PartialDate date && date.year == year && date.month == month && date.day == day;
    }

    @Override
    public int hashCode() {
        return (year * 13 + month) * 32 + day;
    }

    /**
     * For display, in the reader's language and CLDR's pattern for it (ICU's skeletons {@code y}, {@code yMMM} and
     * {@code yMMMd}): "2024", "Feb 2026" or "Feb 5, 2026" in English; "févr. 2026" in French; "2026年2月" in Japanese.
     */
    public String format(Locale locale) {
        String skeleton = switch (precision()) {
            case YEAR -> CalendarText.YEAR;
            case MONTH -> CalendarText.MONTH;
            case DAY -> CalendarText.DAY;
        };
        return CalendarText.format(skeleton, locale, year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    /** Orders by the first day meant, then the less precise first. */
    @Override
    public int compareTo(PartialDate other) {
        int byDay = firstDay().compareTo(other.firstDay());
        return byDay != 0 ? byDay : precision().compareTo(other.precision());
    }

    /** The ISO form at the precision given: "2019", "2019-07" or "2019-07-01". */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(10);
        padded(text, year, 4);
        if (month != 0) {
            padded(text.append('-'), month, 2);
            if (day != 0) {
                padded(text.append('-'), day, 2);
            }
        }
        return text.toString();
    }

    private static void padded(StringBuilder text, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            text.append('0');
        }
        text.append(digits);
    }

}
