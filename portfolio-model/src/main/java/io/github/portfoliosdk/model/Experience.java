package io.github.portfoliosdk.model;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Years of professional experience, computed from the {@link RoleKind#JOB} roles: the calendar months they
 * cover, overlaps counted once, an open end counted up to today as the given {@link Clock} says.
 *
 * @param months whole calendar months of experience
 */
public record Experience(int months) {

    /** The experience of this portfolio's jobs, as of the clock's today. */
    public static Experience of(Portfolio portfolio, Clock clock) {
        return of(portfolio.roles(), LocalDate.now(clock));
    }

    /** The experience of these roles' jobs, as of {@code today}. */
    public static Experience of(List<Role> roles, LocalDate today) {
        List<int[]> spans = new ArrayList<>();
        for (Role role : roles) {
            Period period = role.period();
            if (role.kind() != RoleKind.JOB || period == null || period.start() == null) {
                continue;
            }
            LocalDate from = period.start().firstDay();
            LocalDate to = period.end() == null ? today : period.end().lastDay();
            int first = monthIndex(from);
            int last = monthIndex(to);
            if (last >= first) {
                spans.add(new int[] {first, last});
            }
        }
        spans.sort(Comparator.comparingInt(span -> span[0]));
        int months = 0;
        int coveredUpTo = Integer.MIN_VALUE;
        for (int[] span : spans) {
            int from = Math.max(span[0], coveredUpTo + 1);
            if (span[1] >= from) {
                months += span[1] - from + 1;
                coveredUpTo = span[1];
            }
        }
        return new Experience(months);
    }

    private static int monthIndex(LocalDate date) {
        return date.getYear() * 12 + date.getMonthValue() - 1;
    }

    /** Whole years ({@code months / 12}). */
    public int years() {
        return months / 12;
    }

    /** The usual short form: "2+" for 2 to 3 years, "1" under two years but a full one, "0" before a year. */
    public String yearsLabel() {
        int years = years();
        return years >= 2 ? years + "+" : Integer.toString(years);
    }
}
