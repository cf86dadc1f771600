package io.github.portfoliosdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.cli.CliProcess.Running;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
            CliProcess.waitFor("the first render", () -> Files.exists(output) && Inputs.read(output).contains("First Name"));
            CliProcess.waitFor("the watch to start", () -> watch.stderr().contains("watching portfolio.yaml"));

            Inputs.write(input, "person:\n  name: Second Name\n");
            CliProcess.waitFor("the render of the edit", () -> Inputs.read(output).contains("Second Name"));

            Inputs.write(input, Inputs.END_BEFORE_START);
            CliProcess.waitFor("the problem to be reported", () -> watch.stderr().contains(
                    "portfolio.yaml:7:12: roles[0].period.end: 2023-01 is before the start 2024-05"));
            assertThat(Inputs.read(output)).contains("Second Name");
            assertThat(watch.stderr()).contains("kept the last good output");
            assertThat(watch.process().isAlive()).isTrue();

            Inputs.write(input, "person:\n  name: Third Name\n");
            CliProcess.waitFor("the render after the fix", () -> Inputs.read(output).contains("Third Name"));
            assertThat(dir.toFile().list()).containsExactlyInAnyOrder("portfolio.yaml", "index.html");
        } finally {
            watch.process().destroy();
            watch.deleteCaptures();
        }
    }
}
