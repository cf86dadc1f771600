package io.github.portfoliosdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.cli.CliProcess.Result;
import io.github.portfoliosdk.json.PortfolioFormat;
import io.github.portfoliosdk.jsonresume.JsonResumeImporter;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code portfolio convert}, run as a process. */
class ConvertCommandIT {

    @TempDir
    Path dir;

    @Test
    void yamlToJsonAndBackGivesTheSameYaml() {
        Inputs.write(dir.resolve("portfolio.yaml"), Inputs.fullYaml());

        Result toJson = CliProcess.run(dir, "convert", "portfolio.yaml", "--to", "json", "-o", "portfolio.json");
        Result back = CliProcess.run(dir, "convert", "portfolio.json", "--to", "yaml");

        assertThat(toJson.exitCode()).as(toJson.toString()).isZero();
        assertThat(toJson.errorLines()).containsExactly("wrote portfolio.json");
        assertThat(PortfolioFormat.json().read(Inputs.read(dir.resolve("portfolio.json")), "portfolio.json"))
                .isEqualTo(SamplePortfolios.full());
        assertThat(back.exitCode()).as(back.toString()).isZero();
        assertThat(back.stdout()).isEqualTo(Inputs.fullYaml());
    }

    @Test
    void toJsonResumeWritesWhatTheImporterReadsBack() {
        Inputs.write(dir.resolve("portfolio.yaml"), Inputs.fullYaml());

        Result result = CliProcess.run(dir, "convert", "portfolio.yaml", "--to", "json-resume");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).isEqualTo(Inputs.jsonResume(SamplePortfolios.full()));
        assertThat(JsonResumeImporter.create().read(result.stdout(), "resume.json").person().name())
                .isEqualTo(SamplePortfolios.full().person().name());
    }

    @Test
    void aPdfCvConvertsBackToTheJsonResumeItWasMadeFrom() {
        Inputs.write(dir.resolve("portfolio.yaml"), Inputs.fullYaml());
        Result pdf = CliProcess.run(dir, "render", "portfolio.yaml", "-f", "pdf", "-o", "cv.pdf");

        Result back = CliProcess.run(dir, "convert", "cv.pdf", "--to", "json-resume");
        Result yaml = CliProcess.run(dir, "convert", "cv.pdf", "--to", "yaml");

        assertThat(pdf.exitCode()).as(pdf.toString()).isZero();
        assertThat(back.exitCode()).as(back.toString()).isZero();
        assertThat(back.stdout()).isEqualTo(Inputs.jsonResume(SamplePortfolios.full()));
        assertThat(yaml.exitCode()).as(yaml.toString()).isZero();
        assertThat(yaml.stdout()).isEqualTo(Inputs.fullYaml());
    }

    @Test
    void customSectionsSurviveConvertToJsonResumeAndBack() throws java.io.IOException {
        java.nio.file.Files.copy(io.github.portfoliosdk.testing.Checkers.customSectionsFile(), dir.resolve("portfolio.yaml"));

        Result toResume = CliProcess.run(dir, "convert", "portfolio.yaml", "--to", "json-resume", "-o", "resume.json");
        Result back = CliProcess.run(dir, "convert", "resume.json", "--to", "yaml", "-o", "back.yaml");

        assertThat(toResume.exitCode()).as(toResume.toString()).isZero();
        assertThat(Inputs.read(dir.resolve("resume.json"))).contains("\"customSections\"");
        assertThat(back.exitCode()).as(back.toString()).isZero();
        assertThat(PortfolioFormat.yaml().read(dir.resolve("back.yaml")))
                .isEqualTo(PortfolioFormat.yaml().read(dir.resolve("portfolio.yaml")));
    }

    @Test
    void aPdfThatCarriesNoPortfolioIsInvalidInput() {
        Inputs.write(dir.resolve("scan.pdf"), "%PDF-1.7\nnot a real document\n");

        Result result = CliProcess.run(dir, "validate", "scan.pdf");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(PortfolioCli.INVALID_INPUT);
        assertThat(result.stderr()).contains("scan.pdf: not a readable PDF");
    }

    @Test
    void fromJsonResumeToOurYaml() {
        Inputs.write(dir.resolve("resume.json"), Inputs.jsonResume(SamplePortfolios.full()));

        Result result = CliProcess.run(dir, "convert", "resume.json", "--to", "yaml");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(PortfolioFormat.yaml().read(result.stdout(), "converted.yaml"))
                .isEqualTo(JsonResumeImporter.create().read(Inputs.read(dir.resolve("resume.json")), "resume.json"));
    }

    @Test
    void theTargetFormatIsRequired() {
        Inputs.write(dir.resolve("portfolio.yaml"), Inputs.fullYaml());

        Result result = CliProcess.run(dir, "convert", "portfolio.yaml");

        assertThat(result.exitCode()).isEqualTo(PortfolioCli.USAGE);
        assertThat(result.stderr()).contains("Missing required option: '--to=yaml|json|json-resume'");
    }

    @Test
    void invalidInputLeavesTheExistingOutputUntouched() {
        Inputs.write(dir.resolve("bad.yaml"), Inputs.END_BEFORE_START);
        Path existing = Inputs.write(dir.resolve("portfolio.json"), "{\"person\": {\"name\": \"Kept\"}}\n");

        Result result = CliProcess.run(dir, "convert", "bad.yaml", "--to", "json", "-o", "portfolio.json");

        assertThat(result.exitCode()).isEqualTo(PortfolioCli.INVALID_INPUT);
        assertThat(Inputs.read(existing)).isEqualTo("{\"person\": {\"name\": \"Kept\"}}\n");
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("bad.yaml", "portfolio.json");
    }
}
