package io.github.portfoliosdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.cli.CliProcess.Result;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help, version, completion and usage errors of {@code portfolio}, run as a process. */
class HelpAndVersionIT {

    @TempDir
    Path dir;

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("render", "validate", "convert", "init", "readme", "serve", "generate-completion")) {
            Result help = CliProcess.run(dir, command, "--help");

            assertThat(help.exitCode()).as(help.toString()).isZero();
            assertThat(help.stdout()).as(command).startsWith("Usage: portfolio " + command);
        }
    }

    @Test
    void theTopHelpListsTheCommandsAndTheExitCodes() {
        Result help = CliProcess.run(dir, "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.stdout()).contains("render", "validate", "convert", "init", "readme", "serve", "generate-completion")
                .contains("Exit codes:")
                .containsPattern("0\\s+success")
                .containsPattern("1\\s+invalid input")
                .containsPattern("2\\s+usage error")
                .containsPattern("3\\s+I/O error");
    }

    @Test
    void versionNamesTheBuild() {
        Result version = CliProcess.run(dir, "--version");

        assertThat(version.exitCode()).isZero();
        assertThat(version.stdout()).startsWith("portfolio 0.1.0-SNAPSHOT\n").contains("Java 17");
    }

    @Test
    void generatesABashCompletionScriptThatKnowsTheCommandsAndValues() {
        Result completion = CliProcess.run(dir, "generate-completion");

        assertThat(completion.exitCode()).isZero();
        assertThat(completion.stdout()).contains("complete -F").contains("render").contains("json-resume").contains("system-design");
    }

    @Test
    void noCommandOrAnUnknownOneIsAUsageError() {
        Result none = CliProcess.run(dir);
        Result unknown = CliProcess.run(dir, "rendr", "portfolio.yaml");
        Result option = CliProcess.run(dir, "validate", "--strict", "portfolio.yaml");

        assertThat(none.exitCode()).isEqualTo(PortfolioCli.USAGE);
        assertThat(none.stderr()).contains("Missing a command");
        assertThat(unknown.exitCode()).isEqualTo(PortfolioCli.USAGE);
        assertThat(unknown.stderr()).contains("Unmatched argument").contains("render");
        assertThat(option.exitCode()).isEqualTo(PortfolioCli.USAGE);
        assertThat(option.stderr()).contains("Unknown option: '--strict'")
                .contains("Try 'portfolio validate --help' for more information.");
    }
}
