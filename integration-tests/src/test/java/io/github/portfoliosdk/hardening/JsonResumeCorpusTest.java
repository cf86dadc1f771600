package io.github.portfoliosdk.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.cli.PortfolioCli;
import io.github.portfoliosdk.jsonresume.JsonResumeImporter;
import io.github.portfoliosdk.jsonresume.JsonResumeRenderer;
import io.github.portfoliosdk.model.InvalidPortfolioException;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real {@code resume.json} files that people published (see {@code jsonresume-corpus/SOURCES.tsv}): the importer
 * reads what they wrote. A file counts as JSON Resume when it has a {@code "basics"} key, the section every JSON
 * Resume document starts with; files of other resume formats that happen to be named {@code resume.json} are
 * counted apart and only checked not to crash. Of the JSON Resume files: strictly, every file the official schema accepts and that has {@code basics.name} imports
 * unless it holds a genuine data error; leniently, at least 97% of the files that are JSON at all import, both in
 * the whole corpus and among the files added last ({@code SOURCES.tsv} says when each was added); every import,
 * strict or lenient, exports back to the original document; every file a lenient import takes renders in every
 * formats, those in Chinese and Japanese too (the command line carries the PDF's CJK fonts); a script the PDF did not
 * cover would be refused with each character named
 * (README: "Fonts and scripts"); nothing crashes, and the command line never exits with 4 on them. {@code -Dportfolio.corpus=DIR} runs the same checks on the {@code *.json} files of
 * another folder instead (the figures in BENCHMARKS.md were measured so, on a larger collection listed in
 * {@code jsonresume-corpus-measured.tsv} beside the committed corpus).
 */
class JsonResumeCorpusTest {

    private static final Path COMMITTED = Path.of("src/test/resources/jsonresume-corpus");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final JsonResumeImporter STRICT = JsonResumeImporter.create();
    private static final JsonResumeImporter LENIENT = JsonResumeImporter.builder().lenient(true).build();
    private static final JsonResumeRenderer EXPORT = JsonResumeRenderer.builder().build();
    /** What only a file's own data can cause: dates that do not exist, periods that end before they start, duplicate keys. */
    private static final List<String> DATA_ERRORS = List.of("is not a real date", "must not be before", "duplicate key",
            "Duplicate field");

    private static final List<Outcome> OUTCOMES = new ArrayList<>();

    /** What became of one file. */
    record Outcome(String file, boolean json, boolean jsonResume, boolean named, boolean schemaValid,
                   List<Problem> strictProblems, List<Problem> lenientProblems, int warnings,
                   boolean strictRoundTrip, boolean lenientRoundTrip, String crash) {
        boolean strict() {
            return strictProblems != null && strictProblems.isEmpty();
        }

        boolean lenient() {
            return lenientProblems != null && lenientProblems.isEmpty();
        }
    }

    @BeforeAll
    static void importEveryFile() throws IOException {
        for (Path file : files()) {
            OUTCOMES.add(outcome(file));
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/jsonresume-corpus.txt"), report());
    }

    @Test
    void theCorpusHasItsFilesAndEachNamesItsSource() throws IOException {
        String sources = Files.readString(COMMITTED.resolve("SOURCES.tsv"));
        try (Stream<Path> files = Files.list(COMMITTED)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .forEach(name -> assertThat(sources).as("SOURCES.tsv names " + name).contains(name));
        }
        assertThat(OUTCOMES).hasSizeGreaterThanOrEqualTo(100);
    }

    @Test
    void nothingCrashes() {
        assertThat(OUTCOMES).filteredOn(o -> o.crash() != null).extracting(o -> o.file() + ": " + o.crash()).isEmpty();
    }

    @Test
    void everySchemaValidFileWithANameImportsStrictlyUnlessItHoldsAGenuineDataError() {
        assertThat(OUTCOMES).filteredOn(o -> o.jsonResume() && o.schemaValid() && o.named() && !o.strict())
                .flatExtracting(o -> o.strictProblems().stream()
                        .filter(p -> DATA_ERRORS.stream().noneMatch(p.message()::contains)).map(Problem::toString).toList())
                .isEmpty();
    }

    @Test
    void atLeastNinetySevenPercentOfTheJsonResumeFilesThatAreJsonAtAllImportLeniently() {
        long json = OUTCOMES.stream().filter(o -> o.json() && o.jsonResume()).count();
        long lenient = OUTCOMES.stream().filter(o -> o.jsonResume() && o.lenient()).count();
        assertThat(lenient * 100).as(report()).isGreaterThanOrEqualTo(json * 97);
    }

    @Test
    void atLeastNinetySevenPercentOfTheFilesAddedLastImportLeniently() throws IOException {
        List<String> added = addedLast();
        List<Outcome> fresh = OUTCOMES.stream().filter(o -> added.contains(o.file())).toList();
        long json = fresh.stream().filter(o -> o.json() && o.jsonResume()).count();
        long lenient = fresh.stream().filter(o -> o.jsonResume() && o.lenient()).count();
        assertThat(json).as("JSON Resume files added last").isPositive();
        assertThat(lenient * 100).as(report()).isGreaterThanOrEqualTo(json * 97);
    }

    @Test
    void everyImportExportsBackToTheOriginalDocument() {
        assertThat(OUTCOMES).filteredOn(o -> o.strict() && !o.strictRoundTrip() || o.lenient() && !o.lenientRoundTrip())
                .extracting(Outcome::file).isEmpty();
    }

    @Test
    void whatCannotBeImportedIsReportedWithItsLineAndColumn() {
        assertThat(OUTCOMES).filteredOn(o -> o.lenientProblems() != null)
                .flatExtracting(Outcome::lenientProblems)
                .allSatisfy(p -> assertThat(p.line()).as(p.toString()).isPositive());
    }

    @Test
    void theCommandLineNeverExitsWithFourOnARealFile(@TempDir Path out) {
        Map<String, Integer> exitCodes = new TreeMap<>();
        List<String> notRendered = new ArrayList<>();
        List<String> otherScripts = new ArrayList<>();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        try {
            System.setOut(sink);
            System.setErr(sink);
            for (Path file : files()) {
                String in = file.toString();
                exitCodes.put(file.getFileName() + " validate", PortfolioCli.execute("validate", "-q", in));
                exitCodes.put(file.getFileName() + " convert --lenient", PortfolioCli.execute("convert", in, "--lenient",
                        "--to", "json-resume", "-o", out.resolve("resume.json").toString()));
                ByteArrayOutputStream errors = new ByteArrayOutputStream();
                System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
                int render = PortfolioCli.execute("render", in, "--lenient", "-f", "all", "-o", out.toString());
                System.setErr(sink);
                exitCodes.put(file.getFileName() + " render --lenient", render);
                boolean imported = OUTCOMES.stream().anyMatch(o -> o.file().equals(file.getFileName().toString()) && o.lenient());
                if (imported && render != 0) {
                    String said = errors.toString(StandardCharsets.UTF_8);
                    (isAScriptThePdfDoesNotCover(said) ? otherScripts : notRendered).add(file.getFileName() + ": " + said);
                }
            }
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        assertThat(exitCodes).allSatisfy((run, code) -> assertThat(code).as(run).isIn(0, 1));
        assertThat(notRendered).as("files a lenient import takes that render -f all does not write").isEmpty();
        assertThat(otherScripts).as("files whose text is in a script the PDF does not cover (README: Fonts and scripts)")
                .isEmpty();
    }

    /**
     * Whether the command line said that only the PDF cannot render the file, and only because its text is in a
     * script the PDF does not cover (Chinese, Japanese...), which README names as the PDF's limit.
     */
    private static boolean isAScriptThePdfDoesNotCover(String stderr) {
        List<String> refusals = stderr.lines().filter(line -> line.startsWith("  ")).toList();
        return stderr.contains("the pdf format cannot render it (the portfolio is valid)")
                && stderr.contains("nothing written: 1 of the 6 formats cannot render it")
                && refusals.stream().anyMatch(line -> line.contains(" script)"))
                && refusals.stream().flatMap(line -> java.util.Arrays.stream(line.split("; "))).allMatch(group ->
                        group.endsWith(" script)") || isCjkPunctuation(group) && group.endsWith("(no glyph in the fonts)"));
    }

    /** Whether a refusal is of a character of the CJK Symbols and Punctuation, Kana or Fullwidth Forms blocks. */
    private static boolean isCjkPunctuation(String refusal) {
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("U\\+([0-9A-F]{4,6}) ").matcher(refusal);
        if (!code.find()) {
            return false;
        }
        int codePoint = Integer.parseInt(code.group(1), 16);
        return codePoint >= 0x3000 && codePoint <= 0x30FF || codePoint >= 0xFF00 && codePoint <= 0xFFEF;
    }

    /** The files SOURCES.tsv lists as added last (its column {@code added}, the greatest value). */
    private static List<String> addedLast() throws IOException {
        List<String[]> rows = Files.readAllLines(COMMITTED.resolve("SOURCES.tsv")).stream().skip(1)
                .map(line -> line.split("\t")).filter(row -> row.length > 5).toList();
        String last = rows.stream().map(row -> row[5]).max(String::compareTo).orElse("");
        return rows.stream().filter(row -> row[5].equals(last)).map(row -> row[0]).toList();
    }

    /** The committed corpus, or the {@code *.json} files of the folder {@code -Dportfolio.corpus} names instead. */
    private static List<Path> files() {
        String other = System.getProperty("portfolio.corpus", "");
        return jsonFiles(other.isBlank() ? COMMITTED : Path.of(other));
    }

    private static List<Path> jsonFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Outcome outcome(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        JsonNode original;
        try {
            original = MAPPER.readTree(strippedOfByteOrderMark(bytes));
        } catch (RuntimeException notJson) {
            original = null;
        }
        boolean json = original != null && original.isObject();
        boolean jsonResume = strippedOfByteOrderMark(bytes).contains("\"basics\"");
        boolean named = json && original.path("basics").path("name").isString();
        boolean schemaValid = json && OfficialJsonResumeSchema.problems(strippedOfByteOrderMark(bytes)).isEmpty();
        List<Problem> strictProblems = null;
        List<Problem> lenientProblems = null;
        boolean strictRoundTrip = false;
        boolean lenientRoundTrip = false;
        int warnings = 0;
        String crash = null;
        try {
            try {
                Portfolio portfolio = STRICT.readWithWarnings(bytes, name).portfolio();
                strictProblems = List.of();
                strictRoundTrip = ExportedDocument.isTheSame(MAPPER.readTree(EXPORT.render(portfolio)), original);
            } catch (InvalidPortfolioException e) {
                strictProblems = e.problems();
            }
            try {
                var read = LENIENT.readWithWarnings(bytes, name);
                lenientProblems = List.of();
                warnings = read.warnings().size();
                lenientRoundTrip = ExportedDocument.isTheSame(MAPPER.readTree(EXPORT.render(read.portfolio())), original);
            } catch (InvalidPortfolioException e) {
                lenientProblems = e.problems();
            }
        } catch (RuntimeException | StackOverflowError e) {
            crash = e.toString();
        }
        return new Outcome(name, json, jsonResume, named, schemaValid, strictProblems, lenientProblems, warnings,
                strictRoundTrip, lenientRoundTrip, crash);
    }

    private static String strippedOfByteOrderMark(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The figures, for the whole corpus and for the files added last, then each file that did not import, with its first problem. */
    private static String report() {
        StringBuilder out = new StringBuilder();
        List<String> added;
        try {
            added = files().size() == OUTCOMES.size() && System.getProperty("portfolio.corpus", "").isBlank() ? addedLast() : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Outcome> fresh = OUTCOMES.stream().filter(o -> added.contains(o.file())).toList();
        out.append(String.format("added last: files %d, JSON Resume %d (JSON at all %d, schema-valid %d), strict %d, "
                        + "lenient %d, warnings %d, round trips exact %d%n", fresh.size(),
                fresh.stream().filter(Outcome::jsonResume).count(), fresh.stream().filter(o -> o.jsonResume() && o.json()).count(),
                fresh.stream().filter(o -> o.jsonResume() && o.schemaValid()).count(),
                fresh.stream().filter(o -> o.jsonResume() && o.strict()).count(),
                fresh.stream().filter(o -> o.jsonResume() && o.lenient()).count(),
                fresh.stream().mapToInt(Outcome::warnings).sum(),
                fresh.stream().filter(o -> o.lenient() && o.lenientRoundTrip()).count()));
        out.append(String.format("files %d: other resume formats %d, JSON Resume %d (JSON at all %d, schema-valid %d, "
                        + "schema-valid with basics.name %d)%n",
                OUTCOMES.size(), count(o -> !o.jsonResume()), count(Outcome::jsonResume),
                count(o -> o.jsonResume() && o.json()), count(o -> o.jsonResume() && o.schemaValid()),
                count(o -> o.jsonResume() && o.schemaValid() && o.named())));
        out.append(String.format("JSON Resume: strict %d (schema-valid named %d), lenient %d; round trip exact %d of %d "
                        + "imports; warnings %d; crashes %d%n",
                count(o -> o.jsonResume() && o.strict()), count(o -> o.jsonResume() && o.strict() && o.schemaValid() && o.named()),
                count(o -> o.jsonResume() && o.lenient()),
                OUTCOMES.stream().mapToLong(o -> (o.strict() && o.strictRoundTrip() ? 1 : 0) + (o.lenient() && o.lenientRoundTrip() ? 1 : 0)).sum(),
                count(Outcome::strict) + count(Outcome::lenient),
                OUTCOMES.stream().mapToInt(Outcome::warnings).sum(), count(o -> o.crash() != null)));
        for (Outcome o : OUTCOMES) {
            if (o.jsonResume() && !o.strict()) {
                out.append(o.file()).append(o.schemaValid() ? " [schema-valid]" : "").append(o.lenient() ? " [lenient ok]" : "")
                        .append(": ").append(o.crash() != null ? o.crash()
                                : o.strictProblems().isEmpty() ? "" : o.strictProblems().get(0).toString())
                        .append(o.lenientProblems() == null || o.lenientProblems().isEmpty() ? ""
                                : " | lenient: " + o.lenientProblems().get(0))
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static long count(java.util.function.Predicate<Outcome> test) {
        return OUTCOMES.stream().filter(test).count();
    }
}
