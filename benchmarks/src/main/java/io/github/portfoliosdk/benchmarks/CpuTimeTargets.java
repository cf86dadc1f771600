package io.github.portfoliosdk.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The issue #22 speed targets measured as the CPU time of the measuring thread, which other processes on a shared
 * machine distort far less than JMH's wall-clock scores: the JMH benchmarks' own operations ({@link DocxBenchmark},
 * {@link PlainTextBenchmark}, {@link CheckBenchmark}, with {@link MarkdownBenchmark}'s README as a yardstick), each
 * warmed up, then timed in rounds. Run with
 * {@code java -cp benchmarks/target/benchmarks.jar io.github.portfoliosdk.benchmarks.CpuTimeTargets [rounds]}; it prints
 * one line per operation: the CPU time per operation in each round, and what that makes per second of one core.
 */
public final class CpuTimeTargets {

    private CpuTimeTargets() {
    }

    /** Measures and prints; the optional argument is the number of rounds (default 3). */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        DocxBenchmark docx = new DocxBenchmark();
        docx.setUp();
        PlainTextBenchmark text = new PlainTextBenchmark();
        text.setUp();
        CheckBenchmark check = new CheckBenchmark();
        check.setUp();
        MarkdownBenchmark markdown = new MarkdownBenchmark();
        markdown.setUp();
        Map<String, Target> targets = new LinkedHashMap<>();
        targets.put("DocxBenchmark.showcaseClassic (target >= 200/s)", new Target(docx::showcaseClassic, 300, 200));
        targets.put("PlainTextBenchmark.showcase (target >= 20,000/s)", new Target(text::showcase, 20_000, 10_000));
        targets.put("PlainTextBenchmark.showcaseStreamed", new Target(text::showcaseStreamed, 20_000, 10_000));
        targets.put("CheckBenchmark.showcaseAlone (target < 100 ms)", new Target(check::showcaseAlone, 60, 20));
        targets.put("CheckBenchmark.showcaseWithPortfolio (target < 100 ms)", new Target(check::showcaseWithPortfolio, 60, 20));
        targets.put("MarkdownBenchmark.githubReadme (yardstick)", new Target(markdown::githubReadme, 20_000, 10_000));
        for (Map.Entry<String, Target> entry : targets.entrySet()) {
            Target target = entry.getValue();
            for (int i = 0; i < target.warmUp(); i++) {
                target.operation().run();
            }
            StringBuilder line = new StringBuilder(entry.getKey()).append(':');
            for (int round = 0; round < rounds; round++) {
                long start = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < target.measured(); i++) {
                    target.operation().run();
                }
                double nanos = (threads.getCurrentThreadCpuTime() - start) / (double) target.measured();
                line.append(String.format(Locale.ROOT, " %s/op (%,.0f/s)", time(nanos), 1e9 / nanos));
            }
            System.out.println(line);
        }
    }

    private static String time(double nanos) {
        return nanos >= 1e6 ? String.format(Locale.ROOT, "%.2f ms", nanos / 1e6)
                : String.format(Locale.ROOT, "%.1f µs", nanos / 1e3);
    }

    private record Target(Runnable operation, int warmUp, int measured) {
    }
}
