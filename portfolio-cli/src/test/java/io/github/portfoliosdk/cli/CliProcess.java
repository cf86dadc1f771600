package io.github.portfoliosdk.cli;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Runs the built {@code portfolio.jar} as a separate process, the way the {@code portfolio} launcher runs it
 * (with the build's class-data-sharing archive when there is one), and captures what it printed and its exit code. {@code SOURCE_DATE_EPOCH} is fixed to {@code SamplePortfolios.CLOCK}'s instant
 * so that output is reproducible.
 */
final class CliProcess {

    /** 2026-11-25T12:00:00Z, the instant of the shared test clock. */
    static final String EPOCH = "1795608000";

    private CliProcess() {
    }

    /** The executable jar under test; fails with advice when it has not been built. */
    static Path jar() {
        Path jar = Path.of(System.getProperty("portfolio.jar", "target/portfolio.jar"));
        if (!Files.isRegularFile(jar)) {
            fail("The executable jar is missing: " + jar.toAbsolutePath() + ". Build it with ./mvnw -pl portfolio-cli package");
        }
        return jar.toAbsolutePath();
    }

    /** Runs {@code portfolio args...} in a folder, with nothing on standard input. */
    static Result run(Path workingDir, String... args) {
        return runWithInput(workingDir, null, args);
    }

    /** Runs {@code portfolio args...} in a folder, with this text on standard input. */
    static Result runWithInput(Path workingDir, String stdin, String... args) {
        Running running = start(workingDir, args);
        Process process = running.process();
        try {
            try (OutputStream in = process.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("portfolio " + String.join(" ", args) + " did not finish within 60 s");
            }
            return new Result(process.exitValue(), running.stdout(), running.stderr());
        } catch (IOException e) {
            throw new AssertionError("Could not talk to portfolio " + String.join(" ", args), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        } finally {
            running.deleteCaptures();
        }
    }

    /** Starts {@code portfolio args...} in a folder without waiting; its output is captured in temporary files. */
    static Running start(Path workingDir, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseSerialGC", "-XX:-UsePerfData"));
        Path archive = Path.of(System.getProperty("portfolio.jsa", "target/portfolio-" + System.getProperty("java.version") + ".jsa"));
        if (Files.isRegularFile(archive)) {
            // as the launcher script runs it: with the class-data-sharing archive the build made
            command.addAll(List.of("-XX:SharedArchiveFile=" + archive.toAbsolutePath(), "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        command.addAll(List.of("-jar", jar().toString()));
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile("portfolio-cli", ".stdout");
            Path err = Files.createTempFile("portfolio-cli", ".stderr");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDir.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            Map<String, String> env = builder.environment();
            env.put("SOURCE_DATE_EPOCH", EPOCH);
            env.remove("JAVA_TOOL_OPTIONS");
            env.remove("JDK_JAVA_OPTIONS");
            return new Running(builder.start(), out, err);
        } catch (IOException e) {
            throw new AssertionError("Could not start " + command, e);
        }
    }

    /** Waits up to 30 s for a condition on a running process, failing the test with what it waited for. */
    static void waitFor(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted waiting for " + what);
            }
        }
        fail("Timed out after 30 s waiting for " + what);
    }

    /** A started process and the files its standard output and error go to. */
    record Running(Process process, Path out, Path err) {

        /** What it has printed to standard output so far. */
        String stdout() {
            return read(out);
        }

        /** What it has printed to standard error so far. */
        String stderr() {
            return read(err);
        }

        private static String read(Path capture) {
            try {
                return Files.readString(capture, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new AssertionError("Could not read " + capture, e);
            }
        }

        /** Removes the capture files. */
        void deleteCaptures() {
            try {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            } catch (IOException e) {
                // temporary files; the system cleans them eventually
            }
        }
    }

    /** What one run printed, and how it ended. */
    record Result(int exitCode, String stdout, String stderr) {

        /** The standard error lines. */
        List<String> errorLines() {
            return stderr.lines().toList();
        }

        /** For failure messages: the exit code, the start of standard output and all of standard error. */
        @Override
        public String toString() {
            String out = stdout.length() > 1000 ? stdout.substring(0, 1000) + "\n[… " + (stdout.length() - 1000) + " more characters]" : stdout;
            return "exit " + exitCode + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + stderr;
        }
    }
}
