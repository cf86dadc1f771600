package io.github.portfoliosdk.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.model.Problem;
import io.github.portfoliosdk.model.PortfolioRendererProvider;
import io.github.portfoliosdk.model.PortfolioRenderers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on a member directory, in local mode on two cores, against the command line run on each member with the
 * same options: generated members (the build's {@code portfolio.spark.members}, the 10,000) and the real
 * JSON Resume files of the repository's corpus, strictly and leniently.
 */
class SparkRendererTest {

    private static final int MEMBERS = Integer.getInteger("portfolio.spark.members", 10_000);
    /** The formats rendered here: the page, the README and the JSON Resume document (a PDF takes 25 times as long). */
    private static final List<PortfolioRendererProvider> TEXT = PortfolioRenderers.providers("html,markdown,json-resume");

    private final SparkSession spark = LocalSpark.session();

    @TempDir
    Path work;

    @Test
    void everyGeneratedMemberIsWrittenAsTheCommandLineWritesItAndEveryBrokenOneIsInProblems() throws IOException {
        Path input = work.resolve("members");
        List<Path> files = GeneratedMembers.write(input, MEMBERS);
        Path output = work.resolve("site");

        RenderSummary summary = SparkRenderer.builder().clock(TestClock.CLOCK).formats("html", "markdown", "json-resume").build()
                .write(MemberDocuments.fromFolder(spark, input.toString()), output.toString());

        Expected expected = expect(files, TEXT, List.of(), output);
        assertThat(summary).isEqualTo(new RenderSummary(expected.rendered().size(), expected.refused().size(), 0));
        assertThat(expected.refused()).hasSize((int) java.util.stream.IntStream.range(0, MEMBERS)
                .filter(GeneratedMembers::broken).count());
        assertWritten(output, expected);
    }

    @Test
    void theCorpusOfRealResumeFilesStrictlyAndLeniently() throws IOException {
        Path input = work.resolve("corpus");
        Files.createDirectories(input);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> corpus = Files.list(Path.of(System.getProperty("portfolio.corpus")))) {
            for (Path file : corpus.filter(file -> file.toString().endsWith(".json")).sorted().toList()) {
                files.add(Files.copy(file, input.resolve(file.getFileName())));
            }
        }
        assertThat(files).hasSizeGreaterThan(100);

        Path strict = work.resolve("strict");
        RenderSummary strictSummary = SparkRenderer.builder().clock(TestClock.CLOCK).formats("html", "markdown", "json-resume").build()
                .write(MemberDocuments.fromFolder(spark, input.toString()), strict.toString());
        Expected strictly = expect(files, TEXT, List.of(), strict);
        assertThat(strictSummary.rendered()).isEqualTo(strictly.rendered().size()).isPositive();
        assertThat(strictSummary.refused()).isEqualTo(strictly.refused().size()).isPositive();
        assertWritten(strict, strictly);

        Path lenient = work.resolve("lenient");
        RenderSummary lenientSummary = SparkRenderer.builder().clock(TestClock.CLOCK).formats("html", "markdown", "json-resume").lenient(true)
                .build().write(MemberDocuments.fromFolder(spark, input.toString()), lenient.toString());
        Expected leniently = expect(files, TEXT, List.of("--lenient"), lenient);
        assertThat(lenientSummary).isEqualTo(new RenderSummary(leniently.rendered().size(),
                leniently.refused().size(), leniently.warned().size()));
        assertThat(lenientSummary.warned()).isPositive();
        assertThat(lenientSummary.rendered()).isGreaterThan(strictSummary.rendered());
        assertWritten(lenient, leniently);
    }

    /**
     * What the command line did with each member: the ids of those it rendered, the messages of the others (and of
     * those it warned about).
     */
    record Expected(java.util.Set<String> rendered, Map<String, String> refused, Map<String, String> warned) {
    }

    /**
     * Runs the command line on each member ({@code portfolio render FILE -f html,markdown,json-resume -o DIR}, one run
     * per member, as a user renders one) and checks at once that the job wrote the same files with the same bytes
     * into the member's folder (one member's outputs in memory at a time: 10,000 members' would be about 900 MB).
     */
    private static Expected expect(List<Path> files, List<PortfolioRendererProvider> formats, List<String> options, Path output)
            throws IOException {
        java.util.Set<String> rendered = new java.util.LinkedHashSet<>();
        Map<String, String> refused = new LinkedHashMap<>();
        Map<String, String> warned = new LinkedHashMap<>();
        Path commandLine = output.resolveSibling(output.getFileName() + "-command-line");
        List<String> names = formats.stream().map(PortfolioRendererProvider::format).toList();
        TreeSet<String> fileNames = new TreeSet<>(formats.stream().map(PortfolioRendererProvider::fileName).toList());
        for (Path file : files) {
            Files.createDirectories(commandLine);
            for (String name : MemberFiles.names(commandLine)) {
                Files.delete(commandLine.resolve(name));
            }
            List<String> args = new ArrayList<>(List.of("render", file.toString(), "-f", String.join(",", names),
                    "-o", commandLine.toString()));
            args.addAll(options);
            CommandLine.Run run = CommandLine.run(args.toArray(String[]::new));
            String id = MemberFiles.id(file);
            if (run.exitCode() != 0) {
                assertThat(run.exitCode()).as(run.messages()).isEqualTo(1);
                assertThat(MemberFiles.names(commandLine)).as(id).isEmpty();
                refused.put(id, run.messages());
                continue;
            }
            Map<String, byte[]> wanted = MemberFiles.files(commandLine);
            Map<String, byte[]> written = MemberFiles.files(output.resolve(id));
            assertThat(wanted.keySet()).as(id).isEqualTo(fileNames);
            assertThat(written.keySet()).as(id).isEqualTo(fileNames);
            wanted.forEach((name, bytes) -> assertSameBytes(id + "/" + name, written.get(name), bytes));
            rendered.add(id);
            if (run.messages().contains("warning: ")) {
                warned.put(id, run.messages());
            }
        }
        return new Expected(rendered, refused, warned);
    }

    /** The output folder holds one folder per rendered member, equal to the command line's outputs, and the problems. */
    private void assertWritten(Path output, Expected expected) {
        TreeSet<String> folders = new TreeSet<>(expected.rendered());
        folders.add(SparkRenderer.PROBLEMS_FOLDER);
        assertThat(MemberFiles.names(output)).containsExactlyElementsOf(folders);

        Map<String, List<Row>> problems = new HashMap<>();
        for (Row row : spark.read().json(output.resolve(SparkRenderer.PROBLEMS_FOLDER).toString()).collectAsList()) {
            problems.computeIfAbsent(row.getAs("id"), id -> new ArrayList<>()).add(row);
        }
        TreeSet<String> withProblems = new TreeSet<>(expected.refused().keySet());
        withProblems.addAll(expected.warned().keySet());
        assertThat(new TreeSet<>(problems.keySet())).isEqualTo(withProblems);
        expected.refused().forEach((id, messages) -> assertProblems(problems.get(id), "error", messages));
        expected.warned().forEach((id, messages) -> assertProblems(problems.get(id), "warning", messages));
    }

    /** Equal bytes; when not, the message shows where they part, as text. */
    static void assertSameBytes(String file, byte[] actual, byte[] expected) {
        if (!java.util.Arrays.equals(actual, expected)) {
            int at = java.util.Arrays.mismatch(actual, expected);
            String written = new String(actual, java.nio.charset.StandardCharsets.UTF_8);
            String wanted = new String(expected, java.nio.charset.StandardCharsets.UTF_8);
            int from = Math.max(0, at - 80);
            throw new AssertionError(file + ": differs at byte " + at + ":\n  written: "
                    + written.substring(Math.min(from, written.length()), Math.min(at + 80, written.length()))
                    + "\n  command line: " + wanted.substring(Math.min(from, wanted.length()), Math.min(at + 80, wanted.length())));
        }
    }

    /** Each problem is one the command line printed for that member, at the same line, column and path. */
    private static void assertProblems(List<Row> problems, String severity, String messages) {
        List<Row> ofSeverity = problems.stream().filter(row -> severity.equals(row.getAs("severity"))).toList();
        assertThat(ofSeverity).isNotEmpty();
        for (Row row : ofSeverity) {
            Problem problem = new Problem(null, ((Long) row.getAs("line")).intValue(),
                    ((Long) row.getAs("column")).intValue(), row.getAs("path"), row.getAs("message"));
            String located = (problem.line() > 0 ? ":" + problem.line() + (problem.column() > 0 ? ":" + problem.column() : "") : "")
                    + ": " + problem;
            assertThat(messages).as("%s problem %s", severity, located).contains(located);
        }
    }
}
