package io.github.portfoliosdk.benchmarks;

import io.github.portfoliosdk.check.CheckReport;
import io.github.portfoliosdk.check.CvCheck;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.render.pdf.PdfRenderer;
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
 * {@code portfolio check} on the showcase CV (A4, classic), warm, one thread: PDFBox and Tika extraction and every
 * rule, with and without the portfolio's facts. The target is under 100 ms a check.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
public class CheckBenchmark {

    private final CvCheck check = CvCheck.create();
    private Portfolio showcase;
    private byte[] cv;

    /** Renders the showcase CV once and checks that it is clean, so the benchmark measures a passing check. */
    @Setup
    public void setUp() {
        showcase = Fixtures.showcase();
        cv = PdfRenderer.builder().clock(Fixtures.CLOCK).build().toBytes(showcase);
        CheckReport report = check.check(cv, showcase);
        if (!report.clean()) {
            throw new IllegalStateException("the showcase CV does not pass: " + report.toText("cv.pdf"));
        }
    }

    /** The check with the portfolio: every rule and every fact looked for in order. */
    @Benchmark
    public CheckReport showcaseWithPortfolio() {
        return check.check(cv, showcase);
    }

    /** The check of the PDF alone. */
    @Benchmark
    public CheckReport showcaseAlone() {
        return check.check(cv);
    }
}
