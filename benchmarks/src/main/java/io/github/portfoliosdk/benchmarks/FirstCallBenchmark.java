package io.github.portfoliosdk.benchmarks;

import io.github.portfoliosdk.examples.Showcase;
import io.github.portfoliosdk.jsonresume.JsonResumeRenderer;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.PortfolioValidator;
import io.github.portfoliosdk.render.html.HtmlRenderer;
import io.github.portfoliosdk.render.markdown.MarkdownRenderer;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
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
        return readAndRenderShowcase();
    }

    /**
     * The same first call in a JVM whose SDK validator was prepared before (a server that calls
     * {@code PortfolioValidator.prepare()} at start-up): what our reading and rendering cost cold, without
     * Hibernate Validator's start.
     */
    @Benchmark
    public int showcaseReadAndRenderedAfterValidatorPrepared(PreparedValidator prepared) {
        return readAndRenderShowcase();
    }

    /**
     * Hibernate Validator started as the SDK starts its own (no {@code validation.xml}, no expression language),
     * before it has read any class: the least a first call that validates with Hibernate Validator pays, whatever
     * the model.
     */
    @Benchmark
    public Validator hibernateValidatorStartedWithNothingRead() {
        return Validation.byProvider(HibernateValidator.class)
                .configure()
                .ignoreXmlConfiguration()
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false))
                .buildValidatorFactory()
                .getValidator();
    }

    /** The SDK's validator, started before the measured call. */
    @State(Scope.Benchmark)
    public static class PreparedValidator {
        /** Starts it. */
        @Setup
        public void prepare() {
            PortfolioValidator.prepare();
        }
    }

    private static int readAndRenderShowcase() {
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
