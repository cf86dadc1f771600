package io.github.portfoliosdk.benchmarks;

import io.github.portfoliosdk.examples.Showcase;
import io.github.portfoliosdk.model.Portfolio;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** What every benchmark starts from: the showcase portfolio and a fixed clock, so that every run renders the same bytes. */
public final class Fixtures {

    /** The clock benchmarks render with: 25 November 2026, noon UTC. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    /** The large portfolio's number of roles. */
    public static final int LARGE_ROLES = 500;

    private Fixtures() {
    }

    /** The showcase portfolio, the seed page as data, as the examples module ships it. */
    public static Portfolio showcase() {
        return Showcase.portfolio();
    }

    /** The showcase grown to {@value #LARGE_ROLES} roles. */
    public static Portfolio large() {
        return GeneratedPortfolios.withRoles(showcase(), LARGE_ROLES);
    }
}
