package io.github.portfoliosdk.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.portfoliosdk.json.PortfolioFormat;
import io.github.portfoliosdk.testing.Checkers;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed corpus of bad files ({@code src/test/resources/hostile/}: truncated, wrong types, bad dates, reversed
 * periods, javascript: and data: URLs, deep nesting, duplicate keys, invalid UTF-8, NUL bytes, YAML aliases and Java
 * tags, in our YAML and JSON and in JSON Resume) and a 50 MB string made at test time, each run through the real
 * {@code portfolio} command ({@code portfolio-cli/target/portfolio.jar}) as a process with a 256 MB heap:
 * {@code validate} and {@code render} exit 1, print a {@code file:line:column: path: message} line on standard error,
 * and write nothing (no new file, an existing output byte for byte unchanged).
 */
@Execution(ExecutionMode.CONCURRENT)
class HostileCorpusTest {

    private static final String EXISTING_PAGE = "<!doctype html><title>the page before</title>\n";
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static Optional<Path> archive;

    static Stream<String> corpus() throws IOException {
        try (Stream<Path> files = Files.list(corpusDir())) {
            return files.map(file -> file.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void theCommandRefusesTheFileAndWritesNothing(String name) throws IOException {
        Path runDir = Files.createDirectories(Path.of("target", "hostile-runs", name));
        Files.copy(corpusDir().resolve(name), runDir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        refusedWithoutWriting(runDir, name);
    }

    @Test
    void aFiftyMegabyteStringIsRefusedInBoundedMemory() throws IOException {
        String huge = "x".repeat(50 * 1024 * 1024);
        Path runDir = Files.createDirectories(Path.of("target", "hostile-runs", "huge-string"));
        write(runDir.resolve("huge-string.yaml"), "person:\n  name: Ada Lovelace\n  summary: \"", huge, "\"\n");
        write(runDir.resolve("huge-string.json"), "{\"person\": {\"name\": \"Ada Lovelace\", \"summary\": \"", huge,
                "\"}}\n");
        write(runDir.resolve("huge-string.resume.json"), "{\"basics\": {\"name\": \"Ada Lovelace\", \"summary\": \"",
                huge, "\"}}\n");

        for (String name : List.of("huge-string.yaml", "huge-string.json", "huge-string.resume.json")) {
            refusedWithoutWriting(runDir, name);
        }
    }

    private static void refusedWithoutWriting(Path runDir, String name) throws IOException {
        Path out = runDir.resolve("out");
        Files.createDirectories(out);
        try (Stream<Path> old = Files.list(out)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        Files.writeString(out.resolve("index.html"), EXISTING_PAGE);
        List<String> from = name.endsWith(".resume.json") ? List.of("--from", "json-resume") : List.of();

        Checkers.Result validate = portfolio(runDir, join(List.of("validate", name), from));
        Checkers.Result render = portfolio(runDir, join(List.of("render", name, "-f", "all", "-o", "out"), from));

        for (Checkers.Result result : List.of(validate, render)) {
            assertThat(result.exitCode()).as("exit code of %s; output:%n%s", name, result.output()).isEqualTo(1);
            assertThat(result.stderr()).as("standard error of %s", name)
                    .containsPattern(Pattern.compile("(?m)^" + Pattern.quote(name) + ":\\d+:\\d+: \\S.*$"));
            assertThat(result.stderr()).as("standard error of %s", name).doesNotContain("\tat ", "Exception:");
        }
        try (Stream<Path> written = Files.list(out)) {
            assertThat(written.map(file -> file.getFileName().toString())).as("files in out/ after %s", name)
                    .containsExactly("index.html");
        }
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo(EXISTING_PAGE);
    }

    private static Checkers.Result portfolio(Path workingDir, List<String> args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        classDataArchive().ifPresent(archive -> command.add("-XX:SharedArchiveFile=" + archive));
        command.addAll(List.of("-jar", cliJar().toString()));
        command.addAll(args);
        return Checkers.run(command, workingDir, TIMEOUT);
    }

    /**
     * A class-data-sharing archive of the command's classes, made once by rendering the sample portfolio, so that the
     * seventy-odd runs start faster; empty when this JVM cannot make one.
     */
    private static synchronized Optional<Path> classDataArchive() {
        if (archive == null) {
            try {
                Path dir = Files.createDirectories(Path.of("target", "hostile-runs", "class-data"));
                Files.writeString(dir.resolve("sample.yaml"), PortfolioFormat.yaml().write(SamplePortfolios.full()));
                Path file = dir.resolve("portfolio.jsa").toAbsolutePath();
                Files.deleteIfExists(file);
                Checkers.Result made = Checkers.run(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:ArchiveClassesAtExit=" + file, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                        "-jar", cliJar().toString(), "render", "sample.yaml", "-f", "all", "-o", "out"), dir, TIMEOUT);
                archive = made.exitCode() == 0 && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return archive;
    }

    /** The CLI's executable jar, which the reactor builds before this module (it depends on portfolio-cli). */
    static Path cliJar() {
        Path jar = Path.of(System.getProperty("portfolio.cli.jar", "../portfolio-cli/target/portfolio.jar"))
                .toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            fail("The portfolio command is not built: " + jar + ". Build it first: ./mvnw -pl portfolio-cli package "
                    + "(the full build does this before integration-tests).");
        }
        return jar;
    }

    private static Path corpusDir() {
        try {
            return Path.of(HostileCorpusTest.class.getResource("/hostile").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> join(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static void write(Path file, String... parts) {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String part : parts) {
                writer.write(part);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
