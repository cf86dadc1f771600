package io.github.portfoliosdk.benchmarks;

import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.render.markdown.Flavor;
import io.github.portfoliosdk.render.markdown.MarkdownRenderer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Renders the showcase portfolio as a GitHub profile README (with Mermaid, with badges) and as CommonMark, in
 * READMEs per second (target: 50,000 on one core). The sizes of the outputs are printed at setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MarkdownBenchmark {

    private Portfolio showcase;
    private MarkdownRenderer github;
    private MarkdownRenderer badges;
    private MarkdownRenderer commonMark;

    /** Loads the showcase and builds the renderers once, as an application would. */
    @Setup
    public void setUp() {
        showcase = Fixtures.showcase();
        github = MarkdownRenderer.builder().clock(Fixtures.CLOCK).build();
        badges = MarkdownRenderer.builder().badges(true).clock(Fixtures.CLOCK).build();
        commonMark = MarkdownRenderer.builder().flavor(Flavor.COMMONMARK).clock(Fixtures.CLOCK).build();
        for (Object[] output : new Object[][] {
                {"GitHub README", github.render(showcase)},
                {"GitHub README with badges", badges.render(showcase)},
                {"CommonMark", commonMark.render(showcase)}}) {
            String text = (String) output[1];
            System.out.printf("%n%s: %,d characters, %,d bytes UTF-8%n", output[0], text.length(),
                    text.getBytes(StandardCharsets.UTF_8).length);
        }
    }

    /** The GitHub profile README, to a new string. */
    @Benchmark
    public String githubReadme() {
        return github.render(showcase);
    }

    /** The GitHub profile README with shields.io badges, to a new string. */
    @Benchmark
    public String githubReadmeWithBadges() {
        return badges.render(showcase);
    }

    /** The portable CommonMark README, to a new string. */
    @Benchmark
    public String commonMarkReadme() {
        return commonMark.render(showcase);
    }

    /** The GitHub README streamed to an output that keeps nothing: the renderer's own cost, without building a string. */
    @Benchmark
    public long githubReadmeStreamed() {
        DiscardingOutput output = new DiscardingOutput();
        github.render(showcase, output);
        return output.characters();
    }
}
