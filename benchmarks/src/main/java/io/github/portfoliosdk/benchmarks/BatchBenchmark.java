package io.github.portfoliosdk.benchmarks;

import io.github.portfoliosdk.jsonresume.JsonResumeRenderer;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.TextRenderer;
import io.github.portfoliosdk.model.PortfolioValidator;
import io.github.portfoliosdk.render.html.HtmlRenderer;
import io.github.portfoliosdk.render.markdown.MarkdownRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Many portfolios: one shared renderer per format, used by 1 and by 2 threads at once, each operation rendering the
 * next of 1,000 distinct member portfolios to HTML, Markdown and JSON Resume, streamed into outputs that keep nothing.
 * Throughput should grow with the threads (up to the cores) while the allocation per operation stays the same.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BatchBenchmark {

    /** The member directory and the renderers, shared by all threads. */
    @State(Scope.Benchmark)
    public static class Directory {
        /** How many distinct portfolios the directory holds. */
        public static final int MEMBERS = 1_000;

        List<Portfolio> members;
        TextRenderer html;
        TextRenderer markdown;
        TextRenderer jsonResume;

        /** Generates the members and builds each renderer once. */
        @Setup
        public void setUp() {
            Portfolio showcase = Fixtures.showcase();
            members = new ArrayList<>(MEMBERS);
            for (int i = 0; i < MEMBERS; i++) {
                members.add(PortfolioValidator.check(GeneratedPortfolios.member(showcase, i)));
            }
            members = List.copyOf(members);
            html = HtmlRenderer.builder().clock(Fixtures.CLOCK).build();
            markdown = MarkdownRenderer.builder().clock(Fixtures.CLOCK).build();
            jsonResume = JsonResumeRenderer.builder().build();
        }
    }

    /** One thread's place in the directory; threads start at different members. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        /** Starts each thread at its own offset. */
        @Setup
        public void setUp(ThreadParams thread) {
            next = thread.getThreadIndex() * (Directory.MEMBERS / 2);
        }

        Portfolio next(Directory directory) {
            Portfolio portfolio = directory.members.get(next % Directory.MEMBERS);
            next++;
            return portfolio;
        }
    }

    /** One thread rendering members to all three formats. */
    @Benchmark
    @Threads(1)
    public long oneThread(Directory directory, Cursor cursor) {
        return renderAll(directory, cursor.next(directory));
    }

    /** Two threads rendering members to all three formats, sharing the renderers. */
    @Benchmark
    @Threads(2)
    public long twoThreads(Directory directory, Cursor cursor) {
        return renderAll(directory, cursor.next(directory));
    }

    private static long renderAll(Directory directory, Portfolio portfolio) {
        DiscardingOutput out = new DiscardingOutput();
        directory.html.render(portfolio, out);
        directory.markdown.render(portfolio, out);
        directory.jsonResume.render(portfolio, out);
        return out.characters();
    }
}
