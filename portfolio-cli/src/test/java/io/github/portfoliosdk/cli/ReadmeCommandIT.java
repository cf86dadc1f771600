package io.github.portfoliosdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.cli.CliProcess.Result;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code portfolio readme}, run as a process. */
class ReadmeCommandIT {

    private static final String BEFORE = "# Hi there\n\nHand-written introduction.\n\n";
    private static final String AFTER = "\n## Hand-written footer\n";

    @TempDir
    Path dir;

    private final String name = SamplePortfolios.full().person().name();

    @Test
    void rewritesOnlyTheMarkedPart() {
        Inputs.write(dir.resolve("portfolio.yaml"), Inputs.fullYaml());
        Path readme = Inputs.write(dir.resolve("README.md"),
                BEFORE + "<!-- portfolio:start -->\nold generated text\n<!-- portfolio:end -->\n" + AFTER);

        Result result = CliProcess.run(dir, "readme", "portfolio.yaml", "--update", "README.md");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.errorLines()).containsExactly("updated README.md");
        String updated = Inputs.read(readme);
        assertThat(updated).startsWith(BEFORE + "<!-- portfolio:start -->").endsWith("<!-- portfolio:end -->\n" + AFTER)
                .contains(name).doesNotContain("old generated text");
    }

    @Test
    void anUpToDateReadmeIsNotTouched() throws IOException {
        Inputs.write(dir.resolve("portfolio.yaml"), Inputs.fullYaml());
        Path readme = Inputs.write(dir.resolve("README.md"), BEFORE + "<!-- portfolio:start -->\n<!-- portfolio:end -->\n");
        CliProcess.run(dir, "readme", "portfolio.yaml", "--update", "README.md");
        FileTime earlier = FileTime.from(Instant.parse("2026-11-01T00:00:00Z"));
        Files.setLastModifiedTime(readme, earlier);

        Result again = CliProcess.run(dir, "readme", "portfolio.yaml", "--update", "README.md");

        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.errorLines()).containsExactly("README.md is up to date");
        assertThat(Files.getLastModifiedTime(readme)).isEqualTo(earlier);
    }

    @Test
    void aReadmeWithoutMarkersIsInvalidInputAndLeftUnchanged() {
        Inputs.write(dir.resolve("portfolio.yaml"), Inputs.fullYaml());
        Path readme = Inputs.write(dir.resolve("README.md"), BEFORE + AFTER);

        Result result = CliProcess.run(dir, "readme", "portfolio.yaml", "--update", "README.md");

        assertThat(result.exitCode()).isEqualTo(PortfolioCli.INVALID_INPUT);
        assertThat(result.errorLines()).singleElement().asString().startsWith("README.md: ").contains("<!-- portfolio:start -->");
        assertThat(Inputs.read(readme)).isEqualTo(BEFORE + AFTER);
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("portfolio.yaml", "README.md");
    }

    @Test
    void withoutUpdatePrintsTheMarkedBlockToPaste() {
        Inputs.write(dir.resolve("portfolio.yaml"), Inputs.fullYaml());

        Result result = CliProcess.run(dir, "readme", "portfolio.yaml");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).startsWith("<!-- portfolio:start -->").contains(name).endsWith("<!-- portfolio:end -->\n");
    }

    @Test
    void aMissingReadmeIsAnIoError() {
        Inputs.write(dir.resolve("portfolio.yaml"), Inputs.fullYaml());

        Result result = CliProcess.run(dir, "readme", "portfolio.yaml", "--update", "README.md");

        assertThat(result.exitCode()).isEqualTo(PortfolioCli.IO_ERROR);
        assertThat(result.errorLines()).containsExactly("portfolio: cannot read README.md: no such file or folder");
    }

    @Test
    void localeAndTagsMakeAGermanVariantOfTheReadme() {
        Inputs.write(dir.resolve("portfolio.yaml"), Inputs.fullYaml());

        Result result = CliProcess.run(dir, "readme", "portfolio.yaml", "--locale", "de", "--tags", "backend");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("## Berufserfahrung", "Built tracking.").doesNotContain("Civic Services Platform");
    }
}
