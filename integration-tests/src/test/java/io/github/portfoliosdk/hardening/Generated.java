package io.github.portfoliosdk.hardening;

import io.github.portfoliosdk.json.PortfolioFormat;
import io.github.portfoliosdk.testing.Checkers;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The portfolios the properties run with: the showcase and generated ones. By default a fresh random run seed gives {@value #DEFAULT_TRIES} portfolio
 * seeds; {@code -Dportfolio.tries=N} runs more (or fewer), and {@code -Dportfolio.seed=S} starts from a fixed run
 * seed, so {@code -Dportfolio.seed=S -Dportfolio.tries=1} reproduces exactly the failing case named {@code seed S}.
 */
final class Generated {

    /** Portfolios per property in the default run. */
    static final int DEFAULT_TRIES = 60;

    private static final long RUN_SEED = Long.getLong("portfolio.seed", new SplittableRandom().nextLong());

    private Generated() {
    }

    /** The showcase portfolio (the seed page as data), then the generated portfolio of every seed of this run. */
    static Stream<PortfolioCase> cases() {
        PortfolioCase showcase = new PortfolioCase("showcase",
                () -> PortfolioFormat.yaml().read(Checkers.showcaseFile()));
        return Stream.concat(Stream.of(showcase), seeds().mapToObj(
                seed -> new PortfolioCase("seed " + seed, () -> PortfolioGenerator.generate(seed))));
    }

    /** The portfolio seeds of this run: the run seed first, then seeds drawn from it. */
    static LongStream seeds() {
        int tries = Integer.getInteger("portfolio.tries", DEFAULT_TRIES);
        SplittableRandom random = new SplittableRandom(RUN_SEED);
        return LongStream.concat(LongStream.of(RUN_SEED), LongStream.generate(random::nextLong)).limit(tries);
    }
}
