package io.github.portfoliosdk.benchmarks;

import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.render.html.HtmlRenderer;
import io.github.portfoliosdk.model.Theme;
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
 * Renders the showcase portfolio as a whole HTML page in each theme and as a fragment, in pages per second
 * (target: 20,000 on one core). The sizes of the outputs are printed at setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class HtmlBenchmark {

    private Portfolio showcase;
    private HtmlRenderer terminal;
    private HtmlRenderer classic;
    private HtmlRenderer fragment;

    /** Loads the showcase and builds the renderers once, as an application would. */
    @Setup
    public void setUp() {
        showcase = Fixtures.showcase();
        terminal = HtmlRenderer.builder().theme(Theme.TERMINAL).clock(Fixtures.CLOCK).build();
        classic = HtmlRenderer.builder().theme(Theme.CLASSIC).clock(Fixtures.CLOCK).build();
        fragment = HtmlRenderer.builder().theme(Theme.TERMINAL).fragment(true).clock(Fixtures.CLOCK).build();
        for (String[] output : new String[][] {
                {"terminal page", terminal.render(showcase)},
                {"classic page", classic.render(showcase)},
                {"terminal fragment", fragment.render(showcase)}}) {
            System.out.printf("%n%s: %,d characters, %,d bytes UTF-8%n", output[0], output[1].length(),
                    output[1].getBytes(StandardCharsets.UTF_8).length);
        }
    }

    /** The whole page, terminal theme, to a new string. */
    @Benchmark
    public String terminalPage() {
        return terminal.render(showcase);
    }

    /** The whole page, classic theme, to a new string. */
    @Benchmark
    public String classicPage() {
        return classic.render(showcase);
    }

    /** The page streamed to an output that keeps nothing: the renderer's own cost, without building a string. */
    @Benchmark
    public long terminalPageStreamed() {
        DiscardingOutput output = new DiscardingOutput();
        terminal.render(showcase, output);
        return output.characters();
    }

    /** The embeddable fragment (no head, no style sheet), to a new string. */
    @Benchmark
    public String fragment() {
        return fragment.render(showcase);
    }
}
