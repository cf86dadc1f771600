package io.github.portfoliosdk.spark;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The "now" of the tests: the instant the build gives the command line in {@code SOURCE_DATE_EPOCH}. */
final class TestClock {

    /** The command line's clock in these tests. */
    static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(Long.parseLong(System.getenv("SOURCE_DATE_EPOCH"))),
            ZoneOffset.UTC);

    private TestClock() {
    }
}
