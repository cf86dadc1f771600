package io.github.portfoliosdk.benchmarks;

import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Theme;
import io.github.portfoliosdk.render.docx.DocxRenderer;
import java.io.OutputStream;
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
 * The showcase as a Word CV (A4, the CV sections), one renderer reused, on one thread: the target is at least 200
 * documents per second. Each includes validating the portfolio, building the document with POI, and rewriting the
 * package with fixed entry times; the bytes go to an output that keeps nothing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class DocxBenchmark {

    private final DocxRenderer classic = DocxRenderer.builder().clock(Fixtures.CLOCK).build();
    private final DocxRenderer terminal = DocxRenderer.builder().theme(Theme.TERMINAL).clock(Fixtures.CLOCK).build();
    private Portfolio showcase;

    /** Reads the showcase. */
    @Setup
    public void setUp() {
        showcase = Fixtures.showcase();
    }

    /** The showcase CV in the classic theme. */
    @Benchmark
    public void showcaseClassic() {
        classic.write(showcase, OutputStream.nullOutputStream());
    }

    /** The same in the terminal theme. */
    @Benchmark
    public void showcaseTerminal() {
        terminal.write(showcase, OutputStream.nullOutputStream());
    }
}
