package io.github.portfoliosdk.hardening;

import io.github.portfoliosdk.json.PortfolioFormat;
import io.github.portfoliosdk.testing.Checkers;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The portfolios the properties run with: the showcase and generated ones. One run seed per test run (per JVM), printed
 * once; {@value #DEFAULT_TRIES} portfolio seeds are drawn from it by default. {@code -Dportfolio.tries=N} runs more (or
 * fewer), {@code -Dportfolio.propertySeed=S} fixes the run seed (no other test reads that property), so
 * {@code -Dportfolio.propertySeed=S -Dportfolio.tries=1} reproduces exactly the failing case named {@code seed S}.
 */
final class Generated {

    /** Portfolios per property in the default run. */
    static final int DEFAULT_TRIES = 60;

    /** The system property that fixes the run seed. */
    static final String SEED_PROPERTY = "portfolio.propertySeed";

    /** The run seed: {@value #SEED_PROPERTY} when given, else a fresh random one. */
    static final long RUN_SEED = runSeed();

    private Generated() {
    }

    private static long runSeed() {
        long seed = runSeed(System.getProperty(SEED_PROPERTY));
        System.out.println("Generated portfolios: run seed " + seed + ", " + tries() + " tries; replay the run with -D"
                + SEED_PROPERTY + "=" + seed + " -Dportfolio.tries=" + tries());
        return seed;
    }

    /** The run seed a {@value #SEED_PROPERTY} value gives: that long, or a fresh random one when null or blank. */
    static long runSeed(String configured) {
        long seed;
        if (configured == null || configured.isBlank()) {
            seed = new SplittableRandom().nextLong();
        } else {
            try {
                seed = Long.parseLong(configured.strip());
            } catch (NumberFormatException e) {
                // a seed that is not read would quietly give a random run: refuse it
                throw new IllegalArgumentException("-D" + SEED_PROPERTY + " must be a long, not '" + configured + "'", e);
            }
        }
        return seed;
    }

    /** Generated portfolios per property: {@code portfolio.tries}, else {@value #DEFAULT_TRIES}. */
    static int tries() {
        return Integer.getInteger("portfolio.tries", DEFAULT_TRIES);
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
        SplittableRandom random = new SplittableRandom(RUN_SEED);
        return LongStream.concat(LongStream.of(RUN_SEED), LongStream.generate(random::nextLong)).limit(tries());
    }

    /** How to replay one case: the case {@code seed S} alone, or the whole run for the showcase. */
    static String replay(String caseName) {
        if (caseName.startsWith("seed ")) {
            return "-D" + SEED_PROPERTY + "=" + caseName.substring("seed ".length()) + " -Dportfolio.tries=1";
        }
        return "-D" + SEED_PROPERTY + "=" + RUN_SEED + " -Dportfolio.tries=" + tries();
    }
}
