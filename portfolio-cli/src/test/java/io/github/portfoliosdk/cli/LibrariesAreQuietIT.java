package io.github.portfoliosdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The libraries are quiet: an application that validates a portfolio and renders it to HTML, Markdown, JSON Resume
 * and PDF, in a fresh JVM on the class path (every library of the executable jar), prints nothing; and the README's
 * way to see the libraries' logs shows them, which also proves that this test captures what they print.
 */
class LibrariesAreQuietIT {

    @TempDir
    Path dir;

    @Test
    void validatingAndRenderingEveryFormatPrintsNothing() throws Exception {
        Inputs.write(dir.resolve("portfolio.yaml"), Inputs.fullYaml());

        Printed printed = run();

        assertThat(printed.exitCode()).as(printed.stderr()).isZero();
        assertThat(printed.stdout()).as("standard output").isEmpty();
        assertThat(printed.stderr()).as("standard error").isEmpty();
    }

    @Test
    void aLevelTheApplicationConfiguresIsKeptSoTheLibrariesLogsCanBeSeen() throws Exception {
        Inputs.write(dir.resolve("portfolio.yaml"), Inputs.fullYaml());
        Path config = Files.writeString(dir.resolve("logging.properties"), String.join("\n",
                "handlers=java.util.logging.ConsoleHandler",
                "java.util.logging.ConsoleHandler.level=ALL",
                "org.hibernate.validator.level=INFO",
                "com.openhtmltopdf.level=INFO", ""));

        Printed printed = run("-Djava.util.logging.config.file=" + config);

        assertThat(printed.exitCode()).as(printed.stderr()).isZero();
        assertThat(printed.stderr()).contains("HV000001", "Using fast-mode renderer");
    }

    private Printed run(String... jvmOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", CliProcess.jar() + File.pathSeparator + Path.of("target", "test-classes").toAbsolutePath(),
                QuietLibraryUse.class.getName(), dir.resolve("portfolio.yaml").toString()));
        Process process = new ProcessBuilder(command).redirectOutput(dir.resolve("out").toFile())
                .redirectError(dir.resolve("err").toFile()).start();
        int exitCode = process.waitFor();
        return new Printed(exitCode, Files.readString(dir.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err"), StandardCharsets.UTF_8));
    }

    private record Printed(int exitCode, String stdout, String stderr) {
    }
}
