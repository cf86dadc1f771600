package io.github.portfoliosdk.benchmarks;

import io.github.portfoliosdk.jsonresume.JsonResumeRenderer;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.TextRenderer;
import io.github.portfoliosdk.render.html.HtmlRenderer;
import io.github.portfoliosdk.render.markdown.MarkdownRenderer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How the cost of one output grows with the work history: the showcase with 1, 10, 100 and 1000 roles, rendered
 * into an output that keeps nothing. Run with {@code -prof gc}: time (ns/op) and allocation (gc.alloc.rate.norm,
 * B/op) should both grow linearly with the number of roles.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ScalingBenchmark {

    /** How many roles the portfolio holds. */
    @Param({"1", "10", "100", "1000"})
    public int roles;

    private Portfolio portfolio;
    private TextRenderer html;
    private TextRenderer markdown;
    private TextRenderer jsonResume;

    /** Grows the showcase to the number of roles and builds the renderers once. */
    @Setup
    public void setUp() {
        portfolio = GeneratedPortfolios.withRoles(Fixtures.showcase(), roles);
        html = HtmlRenderer.builder().clock(Fixtures.CLOCK).build();
        markdown = MarkdownRenderer.builder().clock(Fixtures.CLOCK).build();
        jsonResume = JsonResumeRenderer.builder().build();
    }

    /** The HTML page. */
    @Benchmark
    public long htmlPage() {
        DiscardingOutput out = new DiscardingOutput();
        html.render(portfolio, out);
        return out.characters();
    }

    /** The Markdown README. */
    @Benchmark
    public long markdownReadme() {
        DiscardingOutput out = new DiscardingOutput();
        markdown.render(portfolio, out);
        return out.characters();
    }

    /** The JSON Resume document. */
    @Benchmark
    public long jsonResume() {
        DiscardingOutput out = new DiscardingOutput();
        jsonResume.render(portfolio, out);
        return out.characters();
    }
}
