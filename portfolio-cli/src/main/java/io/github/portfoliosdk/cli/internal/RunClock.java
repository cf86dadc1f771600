package io.github.portfoliosdk.cli.internal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The clock renderers compute durations ("2+ years") with: now, or the instant in {@code SOURCE_DATE_EPOCH}
 * (seconds since 1970, the reproducible-builds convention) so that builds and tests render the same bytes.
 */
final class RunClock {

    /** The environment variable that fixes the time. */
    static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

    private RunClock() {
    }

    /**
     * The clock for this run.
     *
     * @throws ParameterException when {@code SOURCE_DATE_EPOCH} is set but not a number of seconds (exit code 2)
     */
    static Clock of(CommandSpec spec) {
        String epoch = System.getenv(SOURCE_DATE_EPOCH);
        if (epoch == null || epoch.isBlank()) {
            return Clock.systemUTC();
        }
        try {
            return Clock.fixed(Instant.ofEpochSecond(Long.parseLong(epoch.strip())), ZoneOffset.UTC);
        } catch (NumberFormatException | DateTimeException e) {
            throw new ParameterException(spec.commandLine(),
                    SOURCE_DATE_EPOCH + " must be a whole number of seconds since 1970-01-01, not '" + epoch + "'");
        }
    }
}
