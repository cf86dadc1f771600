package io.github.portfoliosdk.benchmarks;

import io.github.portfoliosdk.examples.Showcase;
import io.github.portfoliosdk.jsonresume.JsonResumeRenderer;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.PortfolioValidator;
import io.github.portfoliosdk.render.html.HtmlRenderer;
import io.github.portfoliosdk.render.markdown.MarkdownRenderer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a fresh JVM pays for its first portfolio: each fork is a new JVM on the class path (no class-data archive of
 * ours) that runs the benchmark once, so the time includes loading and starting everything the call needs — Hibernate
 * Validator, Jackson, SnakeYAML, our renderers — in the interpreter, before the JIT has compiled anything. Many forks
 * give the spread. The JVM's own start and JMH's are not counted.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(20)
public class FirstCallBenchmark {

    /** The first call: read the showcase YAML with validation, render the HTML page, the README and JSON Resume. */
    @Benchmark
    public int showcaseReadAndRenderedToAllThreeFormats() {
        Portfolio portfolio = Showcase.portfolio();
        String page = HtmlRenderer.builder().clock(Fixtures.CLOCK).build().render(portfolio);
        String readme = MarkdownRenderer.builder().clock(Fixtures.CLOCK).build().render(portfolio);
        String resume = JsonResumeRenderer.builder().build().render(portfolio);
        return page.length() + readme.length() + resume.length();
    }

    /** Starting the SDK's own validator and reading every model record's constraints: what {@code prepare()} takes off a first call. */
    @Benchmark
    public void validatorPrepared() {
        PortfolioValidator.prepare();
    }
}
