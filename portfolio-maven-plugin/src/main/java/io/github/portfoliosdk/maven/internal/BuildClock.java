package io.github.portfoliosdk.maven.internal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** "Now" for a build: Maven's reproducible-build timestamp when the project sets one, else the current time. */
public final class BuildClock {

    private BuildClock() {
    }

    /**
     * The clock for this timestamp.
     *
     * @param outputTimestamp {@code project.build.outputTimestamp}: an ISO-8601 date-time with offset or seconds
     *     since 1970; null, or a single character (Maven's way of turning it off), means the current time
     * @throws IllegalArgumentException when it is neither
     */
    public static Clock of(String outputTimestamp) {
        if (outputTimestamp == null || outputTimestamp.strip().length() < 2) {
            return Clock.systemUTC();
        }
        String value = outputTimestamp.strip();
        try {
            Instant instant = value.chars().allMatch(Character::isDigit)
                    ? Instant.ofEpochSecond(Long.parseLong(value))
                    : OffsetDateTime.parse(value).toInstant();
            return Clock.fixed(instant, ZoneOffset.UTC);
        } catch (DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("project.build.outputTimestamp '" + value
                    + "' is neither an ISO-8601 date-time such as 2026-11-25T00:00:00Z nor seconds since 1970", e);
        }
    }
}
