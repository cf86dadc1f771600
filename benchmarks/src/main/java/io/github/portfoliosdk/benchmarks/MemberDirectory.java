package io.github.portfoliosdk.benchmarks;

import io.github.portfoliosdk.jsonresume.JsonResumeRenderer;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.TextRenderer;
import io.github.portfoliosdk.render.html.HtmlRenderer;
import io.github.portfoliosdk.render.markdown.MarkdownRenderer;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The many-portfolios pattern at directory scale, to show that memory stays flat: {@code MEMBERS} distinct member
 * portfolios, each generated on the way (not kept, not validated), rendered to HTML, Markdown and JSON Resume by one
 * shared renderer per format on {@code THREADS} threads, each output streamed and discarded. Every tenth of the way
 * it collects garbage and prints the live heap. Run with a small heap: {@code java -Xmx64m -cp benchmarks.jar
 * io.github.portfoliosdk.benchmarks.MemberDirectory 200000 2}. Throughput is measured by {@link BatchBenchmark}.
 */
public final class MemberDirectory {

    private MemberDirectory() {
    }

    /** Runs the directory: {@code MEMBERS THREADS}. */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: MemberDirectory MEMBERS THREADS");
            System.exit(2);
        }
        int members = Integer.parseInt(args[0]);
        int threads = Integer.parseInt(args[1]);
        Portfolio showcase = Fixtures.showcase();
        List<TextRenderer> renderers = List.of(
                HtmlRenderer.builder().clock(Fixtures.CLOCK).build(),
                MarkdownRenderer.builder().clock(Fixtures.CLOCK).build(),
                JsonResumeRenderer.builder().build());

        System.out.printf(Locale.ROOT, "%,d members, %d thread(s), max heap %d MB%n%n", members, threads,
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("| members rendered | live heap after GC (MB) |");
        System.out.println("|---:|---:|");
        System.out.printf(Locale.ROOT, "| 0 | %.1f |%n", liveHeapMegabytes());

        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicLong characters = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                DiscardingOutput out = new DiscardingOutput();
                for (int i = next.getAndIncrement(); i < members; i = next.getAndIncrement()) {
                    Portfolio member = GeneratedPortfolios.member(showcase, i);
                    for (TextRenderer renderer : renderers) {
                        renderer.render(member, out);
                    }
                    done.incrementAndGet();
                }
                characters.addAndGet(out.characters());
            }));
        }
        for (int tenth = 1; tenth <= 10; tenth++) {
            int mark = (int) ((long) members * tenth / 10);
            while (done.get() < mark && !allDone(workers)) {
                Thread.sleep(20);
            }
            System.out.printf(Locale.ROOT, "| %,d | %.1f |%n", done.get(), liveHeapMegabytes());
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf(Locale.ROOT, "%nrendered %,d members (%,d characters) in %.1f s, about %,.0f members/s including"
                + " generating them%n", done.get(), characters.get(), seconds, done.get() / seconds);
    }

    private static boolean allDone(List<Future<?>> workers) {
        return workers.stream().allMatch(Future::isDone);
    }

    private static double liveHeapMegabytes() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }
}
