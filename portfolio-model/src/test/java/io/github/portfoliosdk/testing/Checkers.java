package io.github.portfoliosdk.testing;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real-world checkers (Nu HTML Checker, axe-core in Chromium, markdownlint, Mermaid, the JSON Resume
 * schema, resumed) that {@code scripts/test} installs into {@code checkers/}. A missing checker fails the
 * test with a message that says how to install it; it never skips.
 */
public final class Checkers {

    private static final String INSTALL = "Run ./scripts/test (it installs every checker), or by hand: "
            + "npm ci --prefix checkers && apt-get install -y chromium";

    /** Whether {@code node} on the PATH was found new enough for the pinned checkers (checked once per JVM). */
    private static volatile boolean nodeChecked;

    private Checkers() {
    }

    /** The checkers folder, with its npm packages installed. */
    public static Path dir() {
        String configured = System.getProperty("portfolio.checkers");
        Path dir = configured != null ? Path.of(configured) : Path.of("..", "checkers");
        if (!Files.isDirectory(dir.resolve("node_modules"))) {
            fail("The npm checkers are not installed in " + dir.toAbsolutePath().normalize() + ". " + INSTALL);
        }
        return dir.toAbsolutePath().normalize();
    }

    /** An installed npm package's folder, failing with install advice when missing. */
    public static Path nodePackage(String name) {
        Path path = dir().resolve("node_modules").resolve(name);
        if (!Files.isDirectory(path)) {
            fail("The npm package " + name + " is not installed. " + INSTALL);
        }
        return path;
    }

    /** Debian's Chromium, failing with install advice when missing. */
    public static Path chromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        fail("Chromium is not installed (looked for /usr/bin/chromium). " + INSTALL);
        return null;
    }

    /** Runs {@code node script args...} from the checkers folder. */
    public static Result node(String script, List<String> args, Duration timeout) {
        List<String> command = new ArrayList<>(List.of("node", dir().resolve(script).toString()));
        command.addAll(args);
        return run(command, dir(), timeout);
    }

    /**
     * Runs a command, capturing its output; fails the test when it cannot start or times out, and, for {@code node},
     * when that node is older than the checkers' packages require ({@code checkers/node-required.mjs}).
     */
    public static Result run(List<String> command, Path workingDir, Duration timeout) {
        if (command.get(0).equals("node")) {
            requireNode();
        }
        return start(command, workingDir, timeout);
    }

    /**
     * Fails unless {@code node} meets the highest {@code engines.node} of the installed checkers' lock file: a checker
     * run on a node it does not support may pass without having checked.
     */
    public static void requireNode() {
        if (nodeChecked) {
            return;
        }
        Path script = dir().resolve("node-required.mjs");
        Result required = start(List.of("node", script.toString(), dir().resolve("package-lock.json").toString()), dir(), Duration.ofSeconds(30));
        if (required.exitCode() != 0) {
            fail("Could not read the Node.js version the checkers need: " + required.output());
        }
        Result check = start(List.of("node", script.toString(), "--check", required.stdout().strip()), dir(), Duration.ofSeconds(30));
        if (check.exitCode() != 0) {
            fail("The checkers need Node.js " + required.stdout().strip() + ": " + check.output().strip()
                    + ". Run ./scripts/test, which installs that version into checkers/.node and puts it first on PATH.");
        }
        nodeChecked = true;
    }

    private static Result start(List<String> command, Path workingDir, Duration timeout) {
        try {
            Path out = Files.createTempFile("checker", ".out");
            Path err = Files.createTempFile("checker", ".err");
            Process process = new ProcessBuilder(command)
                    .directory(workingDir.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                fail("Timed out after " + timeout + ": " + String.join(" ", command));
            }
            Result result = new Result(process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
            Files.delete(out);
            Files.delete(err);
            return result;
        } catch (IOException e) {
            fail("Could not run " + String.join(" ", command) + ": " + e.getMessage() + ". " + INSTALL, e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("Interrupted: " + String.join(" ", command), e);
            return null;
        }
    }

    /** Where a module's tests write artifacts to look at (pages, screenshots, reports): {@code target/checked}. */
    public static Path outputDir() throws IOException {
        return Files.createDirectories(Path.of("target", "checked"));
    }

    /** The showcase portfolio file ({@code examples/src/main/resources/showcase/portfolio.yaml}). */
    public static Path showcaseFile() {
        String configured = System.getProperty("portfolio.showcase");
        Path file = configured != null ? Path.of(configured)
                : Path.of("..", "examples", "src", "main", "resources", "showcase", "portfolio.yaml");
        if (!Files.isRegularFile(file)) {
            fail("The showcase portfolio is missing: " + file.toAbsolutePath().normalize());
        }
        return file;
    }

    /**
     * The example with sections of the user's own ({@code examples/src/main/resources/custom-sections/portfolio.yaml}):
     * "Talks" and "Open source", beside the showcase.
     */
    public static Path customSectionsFile() {
        Path file = showcaseFile().toAbsolutePath().getParent().resolveSibling("custom-sections").resolve("portfolio.yaml");
        if (!Files.isRegularFile(file)) {
            fail("The custom-sections example is missing: " + file.normalize());
        }
        return file;
    }

    /** What a checker process printed and its exit code. */
    public record Result(int exitCode, String stdout, String stderr) {
        /** Both streams, for failure messages. */
        public String output() {
            return stdout + stderr;
        }
    }
}
