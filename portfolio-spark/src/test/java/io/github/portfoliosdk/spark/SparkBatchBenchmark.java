package io.github.portfoliosdk.spark;

import io.github.portfoliosdk.jsonresume.JsonResumeRenderer;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.PortfolioFiles;
import io.github.portfoliosdk.model.ReadOptions;
import io.github.portfoliosdk.model.TextRenderer;
import io.github.portfoliosdk.render.html.HtmlRenderer;
import io.github.portfoliosdk.render.markdown.MarkdownRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Members per second for HTML, Markdown and JSON Resume: the job in Spark's local mode on two cores against the same
 * work in process on two threads, on the same 2,000 members (JSON Resume documents of {@link GeneratedMembers}).
 * The comparison is {@code sparkWrite} against {@code readRenderWrite}: each reads every member's document
 * from memory, renders the three formats and writes the member's three files to a local folder.
 * <ul>
 * <li>{@code sparkWrite}: {@link SparkRenderer#write} over the members (8 partitions, cached in memory) into a
 * temporary folder: each member's files written into a staging folder renamed into place (replacing the previous
 * operation's folder), the problems written as JSON Lines, the members counted; one operation is one member.</li>
 * <li>{@code readRenderWrite}: the in-process baseline on two threads sharing the renderers, with the public API
 * only: read and validate the document ({@code PortfolioFiles.read}), render the three formats to bytes, write them
 * as {@code <id>/index.html}, {@code README.md} and {@code resume.json} into a temporary folder (overwriting the
 * previous operation's files, which costs less than the job's replacement of the whole folder).</li>
 * <li>{@code spark}: {@link SparkRenderer#render} over the members (8 partitions, cached in memory), every output kept
 * in the result rows, counted; one operation is one member.</li>
 * <li>{@code readAndRender}: what each task does, without Spark: read and validate the document, render the three
 * formats to bytes; two threads sharing the renderers.</li>
 * <li>{@code renderOnly}: {@code BatchBenchmark}'s operation on these members: the three formats streamed into an
 * output that keeps nothing, from portfolios read before; two threads.</li>
 * </ul>
 * Run with {@code scripts/bench-spark.sh}; the forks get the options Spark needs on Java 17.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-XX:+IgnoreUnrecognizedVMOptions", "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED", "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/java.net=ALL-UNNAMED",
    "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.util=ALL-UNNAMED",
    "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
    "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
    "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "-Djdk.reflect.useDirectMethodHandle=false",
    "-Dio.netty.tryReflectionSetAccessible=true"})
public class SparkBatchBenchmark {

    /** How many members one Spark operation renders. */
    public static final int MEMBERS = 2_000;

    /** The members' documents, and what the in-process variants share. */
    @State(Scope.Benchmark)
    public static class Members {
        List<byte[]> documents;
        List<Portfolio> portfolios;
        TextRenderer html;
        TextRenderer markdown;
        TextRenderer jsonResume;
        SparkSession spark;
        Dataset<Row> rows;
        SparkRenderer renderer;
        Path sparkOutput;
        Path inProcessOutput;

        /** Makes the documents, reads them once, starts Spark with the documents cached in 8 partitions. */
        @Setup(Level.Trial)
        public void setUp() {
            Portfolio showcase = GeneratedMembers.showcase();
            JsonResumeRenderer export = JsonResumeRenderer.builder().build();
            documents = new ArrayList<>(MEMBERS);
            portfolios = new ArrayList<>(MEMBERS);
            List<Row> table = new ArrayList<>(MEMBERS);
            for (int i = 0; i < MEMBERS; i++) {
                byte[] document = export.render(GeneratedMembers.member(showcase, i)).getBytes(StandardCharsets.UTF_8);
                documents.add(document);
                portfolios.add(PortfolioFiles.read(document, "m" + i, ReadOptions.STRICT).portfolio());
                table.add(RowFactory.create("m" + i, "m" + i, document));
            }
            html = HtmlRenderer.builder().clock(TestClock.CLOCK).build();
            markdown = MarkdownRenderer.builder().clock(TestClock.CLOCK).build();
            jsonResume = JsonResumeRenderer.builder().build();
            renderer = SparkRenderer.builder().clock(TestClock.CLOCK).formats("html", "markdown", "json-resume").build();
            spark = SparkSession.builder().master("local[2]").appName("SparkBatchBenchmark")
                    .config("spark.ui.enabled", "false").getOrCreate();
            rows = spark.createDataFrame(table, DataTypes.createStructType(List.of(
                    DataTypes.createStructField("id", DataTypes.StringType, false),
                    DataTypes.createStructField("source", DataTypes.StringType, false),
                    DataTypes.createStructField("document", DataTypes.BinaryType, false)))).repartition(8)
                    .persist(StorageLevel.MEMORY_ONLY());
            rows.count();
            try {
                sparkOutput = Files.createTempDirectory("spark-batch-job");
                inProcessOutput = Files.createTempDirectory("spark-batch-in-process");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Stops Spark, deletes the written members. */
        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            spark.stop();
            for (Path folder : List.of(sparkOutput, inProcessOutput)) {
                try (var files = Files.walk(folder)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            }
        }
    }

    /** One thread's place among the members; threads start at different members. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        /** Starts each thread at its own offset. */
        @Setup
        public void setUp(ThreadParams thread) {
            next = thread.getThreadIndex() * (MEMBERS / 2);
        }

        int next() {
            return next++ % MEMBERS;
        }
    }

    /** The job in local[2]: every member read, rendered to three formats and kept as bytes in the result rows. */
    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(MEMBERS)
    public long spark(Members members) {
        return members.renderer.render(members.rows).members().count();
    }

    /** The job in local[2] writing every member's three files into its folder; the members rendered, counted. */
    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(MEMBERS)
    public long sparkWrite(Members members) {
        return members.renderer.write(members.rows, members.sparkOutput.toString()).rendered();
    }

    /** The in-process baseline: read, render the three formats and write the member's files, on two threads. */
    @Benchmark
    @Threads(2)
    public void readRenderWrite(Members members, Cursor cursor) throws IOException {
        readRenderWrite(members, cursor.next());
    }

    /** The in-process baseline's work for member {@code i}. */
    static void readRenderWrite(Members members, int i) throws IOException {
        Portfolio portfolio = PortfolioFiles.read(members.documents.get(i), "m" + i, ReadOptions.STRICT).portfolio();
        Path folder = Files.createDirectories(members.inProcessOutput.resolve("m" + i));
        Files.write(folder.resolve("index.html"), members.html.toBytes(portfolio));
        Files.write(folder.resolve("README.md"), members.markdown.toBytes(portfolio));
        Files.write(folder.resolve("resume.json"), members.jsonResume.toBytes(portfolio));
    }

    /** The same per-member work on two threads, without Spark. */
    @Benchmark
    @Threads(2)
    public void readAndRender(Members members, Cursor cursor, Blackhole sink) {
        int i = cursor.next();
        Portfolio portfolio = PortfolioFiles.read(members.documents.get(i), "m" + i, ReadOptions.STRICT).portfolio();
        sink.consume(members.html.toBytes(portfolio));
        sink.consume(members.markdown.toBytes(portfolio));
        sink.consume(members.jsonResume.toBytes(portfolio));
    }

    /** BatchBenchmark's operation on these members: rendering only, streamed into an output that keeps nothing. */
    @Benchmark
    @Threads(2)
    public long renderOnly(Members members, Cursor cursor) {
        Portfolio portfolio = members.portfolios.get(cursor.next());
        Counting out = new Counting();
        members.html.render(portfolio, out);
        members.markdown.render(portfolio, out);
        members.jsonResume.render(portfolio, out);
        return out.characters;
    }

    /** An Appendable that keeps nothing but a count, as BatchBenchmark's. */
    static final class Counting implements Appendable {
        long characters;

        @Override
        public Appendable append(CharSequence text) {
            characters += text.length();
            return this;
        }

        @Override
        public Appendable append(CharSequence text, int start, int end) {
            characters += end - start;
            return this;
        }

        @Override
        public Appendable append(char c) {
            characters++;
            return this;
        }
    }
}
