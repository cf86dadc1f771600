package io.github.portfoliosdk.benchmarks;

import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Paper;
import io.github.portfoliosdk.render.pdf.PdfRenderer;
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
 * The showcase as a PDF CV (A4, classic, the JSON Resume export embedded), one renderer reused, on one thread:
 * the target is at least 50 CVs per second. The PDF goes to an output that keeps nothing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class PdfBenchmark {

    private final PdfRenderer withAttachment = PdfRenderer.builder().clock(Fixtures.CLOCK).build();
    private final PdfRenderer withoutAttachment = PdfRenderer.builder().clock(Fixtures.CLOCK).embedJsonResume(false).build();
    private final PdfRenderer letter = PdfRenderer.builder().paper(Paper.LETTER).clock(Fixtures.CLOCK).build();
    private Portfolio showcase;

    /** Reads the showcase and checks that the renderer finds the JSON Resume export to embed. */
    @Setup
    public void setUp() {
        showcase = Fixtures.showcase();
        if (!withAttachment.embedsJsonResume()) {
            throw new IllegalStateException("no json-resume renderer on the class path to embed");
        }
    }

    /** The showcase CV on A4 with its JSON Resume attachment: layout, typesetting, font subsets, PDF/A metadata. */
    @Benchmark
    public void showcaseA4() {
        withAttachment.write(showcase, OutputStream.nullOutputStream());
    }

    /** The same on US Letter. */
    @Benchmark
    public void showcaseLetter() {
        letter.write(showcase, OutputStream.nullOutputStream());
    }

    /** The same without the attachment, to show what the JSON Resume export adds. */
    @Benchmark
    public void showcaseA4WithoutAttachment() {
        withoutAttachment.write(showcase, OutputStream.nullOutputStream());
    }
}
