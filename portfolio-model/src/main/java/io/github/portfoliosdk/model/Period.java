package io.github.portfoliosdk.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A span of time with partial dates; an open end means "present".
 *
 * @param start when it began, or null when only the end is known
 * @param end when it ended, or null while it goes on ("present")
 */
@ValidPeriod
public record Period(PartialDate start, PartialDate end) {

    /** A finished period. */
    public static Period of(PartialDate start, PartialDate end) {
        return new Period(start, end);
    }

    /** A period that goes on to the present. */
    public static Period since(PartialDate start) {
        return new Period(start, null);
    }

    /** A period from ISO texts ("2023-10", "2025-10"); a null end means present. */
    public static Period parse(String start, String end) {
        return new Period(start == null ? null : PartialDate.parse(start), end == null ? null : PartialDate.parse(end));
    }

    /** A period within one year, as a project's "2024". */
    public static Period year(int year) {
        PartialDate date = PartialDate.ofYear(year);
        return new Period(date, date);
    }

    /** Whether it has a start and no end, so goes on today. */
    public boolean isOngoing() {
        return start != null && end == null;
    }

    /** Whether start and end are the same partial date (a project's single year). */
    public boolean isSingleDate() {
        return start != null && start.equals(end);
    }

    /**
     * How many calendar months it covers, counting the first and last month whole; an open end counts
     * up to {@code today}. Empty without a start.
     */
    public Optional<Integer> months(LocalDate today) {
        if (start == null) {
            return Optional.empty();
        }
        LocalDate from = start.firstDay();
        LocalDate to = end == null ? today : end.lastDay();
        int months = (to.getYear() * 12 + to.getMonthValue()) - (from.getYear() * 12 + from.getMonthValue()) + 1;
        return Optional.of(Math.max(0, months));
    }
}
