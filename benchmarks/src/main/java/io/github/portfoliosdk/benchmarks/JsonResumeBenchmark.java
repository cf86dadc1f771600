package io.github.portfoliosdk.benchmarks;

import io.github.portfoliosdk.jsonresume.JsonResumeImporter;
import io.github.portfoliosdk.jsonresume.JsonResumeRenderer;
import io.github.portfoliosdk.model.Portfolio;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Importing and exporting the official JSON Resume sample ({@code sample.resume.json} of the npm package
 * {@code @jsonresume/schema}, read from {@code checkers/node_modules} at setup; set {@code -Dportfolio.checkers}
 * when running from elsewhere than the repository root).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonResumeBenchmark {

    private final JsonResumeImporter importer = JsonResumeImporter.create();
    private final JsonResumeRenderer renderer = JsonResumeRenderer.builder().build();
    private String sample;
    private Portfolio portfolio;

    /** Reads the official sample once and checks that it comes back the same. */
    @Setup
    public void setUp() {
        Path file = Path.of(System.getProperty("portfolio.checkers", "checkers"),
                "node_modules", "@jsonresume", "schema", "sample.resume.json");
        try {
            sample = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the official sample (npm ci --prefix checkers): " + file, e);
        }
        portfolio = importer.read(sample, "sample.resume.json");
        if (!importer.read(renderer.render(portfolio), "again.json").equals(portfolio)) {
            throw new IllegalStateException("the official sample does not come back the same");
        }
    }

    /** Imports the sample: parse with locations, check, bind, validate, keep what the model has no field for. */
    @Benchmark
    public Portfolio importSample() {
        return importer.read(sample, "sample.resume.json");
    }

    /** Exports the imported sample: validate, map, put extensions back, write pretty JSON. */
    @Benchmark
    public String exportSample() {
        return renderer.render(portfolio);
    }
}
