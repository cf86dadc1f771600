package io.github.portfoliosdk.benchmarks;

import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.render.text.PlainTextRenderer;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * The showcase as plain text (80 columns, the CV sections), one renderer reused, on one thread: the target is at
 * least 20,000 texts per second. Each includes validating the portfolio; the text is streamed into an output that
 * keeps nothing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class PlainTextBenchmark {

    private final PlainTextRenderer english = PlainTextRenderer.builder().clock(Fixtures.CLOCK).build();
    private final PlainTextRenderer japanese = PlainTextRenderer.builder().locale(Locale.JAPANESE).clock(Fixtures.CLOCK)
            .build();
    private Portfolio showcase;

    /** Reads the showcase. */
    @Setup
    public void setUp() {
        showcase = Fixtures.showcase();
    }

    /** The showcase CV in English, as a string. */
    @Benchmark
    public String showcase() {
        return english.render(showcase);
    }

    /** The same streamed into an output that keeps nothing. */
    @Benchmark
    public void showcaseStreamed() {
        english.render(showcase, new DiscardingOutput());
    }

    /** The showcase in Japanese: Japanese labels, line breaking by Unicode's rules where text needs them. */
    @Benchmark
    public String showcaseJapanese() {
        return japanese.render(showcase);
    }
}
