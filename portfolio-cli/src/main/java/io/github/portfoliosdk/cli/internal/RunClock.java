package io.github.portfoliosdk.cli.internal;

import io.github.portfoliosdk.model.RenderOptions;
import java.time.Clock;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The clock renderers compute durations ("2+ years") with: now, or the instant in {@code SOURCE_DATE_EPOCH}
 * (seconds since 1970, the reproducible-builds convention) so that builds and tests render the same bytes; the rule is
 * {@link RenderOptions#parseClock(String)}, the Maven plugin's too.
 */
final class RunClock {

    /** The environment variable that fixes the time. */
    static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

    private RunClock() {
    }

    /**
     * The clock for this run.
     *
     * @throws ParameterException when {@code SOURCE_DATE_EPOCH} is set but not a time (exit code 2)
     */
    static Clock of(CommandSpec spec) {
        try {
            return RenderOptions.parseClock(System.getenv(SOURCE_DATE_EPOCH));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), SOURCE_DATE_EPOCH + ": " + e.getMessage());
        }
    }
}
