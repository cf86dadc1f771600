package io.github.portfoliosdk.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The comparison measured both ways, in rounds that alternate so that both sides meet the same load: the job
 * ({@link SparkBatchBenchmark#sparkWrite}: {@code SparkRenderer.write} in {@code local[2]} over the 2,000 cached
 * documents into a folder) against the in-process baseline ({@link SparkBatchBenchmark#readRenderWrite}'s work for
 * every member, on a pool of two threads). Each round prints members per second of wall-clock time and members per
 * second of the process' CPU time (all its threads: Spark's, the JIT's, the garbage collector's), which other
 * processes on a shared machine distort far less: the per-core rate the cluster projection needs. Run with
 * {@code scripts/bench-spark.sh --cpu}; the arguments are warm-up rounds and measured rounds (default 2 and 5).
 */
public final class SparkCpuTime {

    private SparkCpuTime() {
    }

    /** Measures and prints one line per round, then the medians and their ratios. */
    public static void main(String[] args) throws Exception {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        SparkBatchBenchmark.Members members = new SparkBatchBenchmark.Members();
        members.setUp();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Round> job = new ArrayList<>();
        List<Round> inProcess = new ArrayList<>();
        try {
            for (int round = -warmUp; round < rounds; round++) {
                Round spark = measure("job (local[2])", () -> new SparkBatchBenchmark().sparkWrite(members));
                Round baseline = measure("in process (2 threads)", () -> inProcess(members, pool));
                System.out.println((round < 0 ? "warm-up " : "round " + (round + 1) + " ") + spark + " | " + baseline);
                if (round >= 0) {
                    job.add(spark);
                    inProcess.add(baseline);
                }
            }
        } finally {
            pool.shutdown();
            members.tearDown();
        }
        Round jobMedian = Round.median("job", job);
        Round inProcessMedian = Round.median("in process", inProcess);
        System.out.println("median " + jobMedian + " | " + inProcessMedian);
        System.out.printf(Locale.ROOT, "job / in process: %.2f x wall-clock, %.2f x per CPU second%n",
                jobMedian.wallRate() / inProcessMedian.wallRate(), jobMedian.cpuRate() / inProcessMedian.cpuRate());
    }

    private static long inProcess(SparkBatchBenchmark.Members members, ExecutorService pool) throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> threads = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            threads.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < SparkBatchBenchmark.MEMBERS; i = next.getAndIncrement()) {
                    try {
                        SparkBatchBenchmark.readRenderWrite(members, i);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }));
        }
        for (Future<?> thread : threads) {
            thread.get();
        }
        return countFolders(members.inProcessOutput);
    }

    private static long countFolders(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            return entries.count();
        }
    }

    private static Round measure(String name, Work work) throws Exception {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        long done = work.run();
        long wall = System.nanoTime() - start;
        cpu = os.getProcessCpuTime() - cpu;
        if (done != SparkBatchBenchmark.MEMBERS) {
            throw new IllegalStateException(name + " did " + done + " members, not " + SparkBatchBenchmark.MEMBERS);
        }
        return new Round(name, wall / 1e9, cpu / 1e9, load);
    }

    private interface Work {
        long run() throws Exception;
    }

    /** One side's round: its wall-clock and process CPU seconds for all the members, and the load when it began. */
    private record Round(String name, double wallSeconds, double cpuSeconds, String load) {

        double wallRate() {
            return SparkBatchBenchmark.MEMBERS / wallSeconds;
        }

        double cpuRate() {
            return SparkBatchBenchmark.MEMBERS / cpuSeconds;
        }

        static Round median(String name, List<Round> rounds) {
            double[] wall = rounds.stream().mapToDouble(Round::wallSeconds).sorted().toArray();
            double[] cpu = rounds.stream().mapToDouble(Round::cpuSeconds).sorted().toArray();
            return new Round(name, wall[wall.length / 2], cpu[cpu.length / 2], "-");
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: %,.0f members/s (%.2f s), %,.0f members per CPU second (%.2f s CPU), load %s",
                    name, wallRate(), wallSeconds, cpuRate(), cpuSeconds, load);
        }
    }
}
