package io.github.portfoliosdk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.portfoliosdk.cli.CliProcess.Running;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code portfolio render --watch}, run as a short-lived process. */
class WatchIT {

    @TempDir
    Path dir;

    @Test
    void rendersAgainOnEveryChangeAndKeepsTheLastGoodOutputWhenAnEditBreaksTheInput() throws IOException {
        Path input = Inputs.write(dir.resolve("portfolio.yaml"), "person:\n  name: First Name\n");
        Path output = dir.resolve("index.html");
        Running watch = CliProcess.start(dir, "render", "portfolio.yaml", "-o", "index.html", "--watch");
        try {
            waitFor("the first render", () -> Files.exists(output) && Inputs.read(output).contains("First Name"));
            waitFor("the watch to start", () -> stderr(watch).contains("watching portfolio.yaml"));

            Inputs.write(input, "person:\n  name: Second Name\n");
            waitFor("the render of the edit", () -> Inputs.read(output).contains("Second Name"));

            Inputs.write(input, Inputs.END_BEFORE_START);
            waitFor("the problem to be reported", () -> stderr(watch).contains(
                    "portfolio.yaml:7:12: roles[0].period.end: 2023-01 is before the start 2024-05"));
            assertThat(Inputs.read(output)).contains("Second Name");
            assertThat(stderr(watch)).contains("kept the last good output");
            assertThat(watch.process().isAlive()).isTrue();

            Inputs.write(input, "person:\n  name: Third Name\n");
            waitFor("the render after the fix", () -> Inputs.read(output).contains("Third Name"));
            assertThat(dir.toFile().list()).containsExactlyInAnyOrder("portfolio.yaml", "index.html");
        } finally {
            watch.process().destroy();
            watch.deleteCaptures();
        }
    }

    private static String stderr(Running running) {
        try {
            return running.stderr();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void waitFor(String what, BooleanSupplier condition) {
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
}
