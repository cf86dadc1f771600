package io.github.portfoliosdk.maven.internal;

import io.github.portfoliosdk.model.RenderOptions;
import java.time.Clock;

/**
 * "Now" for a build: Maven's reproducible-build timestamp when the project sets one, else the current time; read by
 * the rule every front door shares ({@link RenderOptions#parseClock(String)}) after Maven's own off switch.
 */
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
        return RenderOptions.parseClock(outputTimestamp);
    }
}
