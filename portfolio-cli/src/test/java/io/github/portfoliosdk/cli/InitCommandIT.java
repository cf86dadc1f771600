package io.github.portfoliosdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.cli.CliProcess.Result;
import io.github.portfoliosdk.json.PortfolioFormat;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code portfolio init}, run as a process. */
class InitCommandIT {

    @TempDir
    Path dir;

    @Test
    void theStarterPointsEditorsAtTheSchemaBesideItAndValidatesAsItIs() {
        Result init = CliProcess.run(dir, "init", "-o", "-");
        Result validate = CliProcess.runWithInput(dir, init.stdout(), "validate", "-");

        assertThat(init.exitCode()).as(init.toString()).isZero();
        assertThat(init.stdout()).startsWith("# yaml-language-server: $schema=portfolio.schema.json\n");
        assertThat(validate.exitCode()).as(validate.toString()).isZero();
    }

    @Test
    void createsTheFileWithTheSchemaBesideItAndTheStarterRendersToEveryFormat() {
        Result init = CliProcess.run(dir, "init", "-o", "me/portfolio.yaml");
        Result render = CliProcess.run(dir, "render", "me/portfolio.yaml", "-f", "all", "-o", "site");

        assertThat(init.exitCode()).as(init.toString()).isZero();
        assertThat(init.errorLines()).first().asString().startsWith("wrote " + Path.of("me", "portfolio.yaml"));
        assertThat(dir.resolve("me").toFile().list()).containsExactlyInAnyOrder("portfolio.yaml", "portfolio.schema.json");
        assertThat(Inputs.read(dir.resolve("me/portfolio.schema.json"))).isEqualTo(PortfolioFormat.schema());
        assertThat(render.exitCode()).as(render.toString()).isZero();
        assertThat(dir.resolve("site").toFile().list()).containsExactlyInAnyOrder("index.html", "README.md", "resume.json", "cv.pdf",
                "cv.docx", "cv.txt");
    }

    @Test
    void withoutOutputItCreatesPortfolioYamlInTheCurrentFolderAsItsSynopsisSays() {
        Result init = CliProcess.run(dir, "init");

        assertThat(init.exitCode()).as(init.toString()).isZero();
        assertThat(init.stdout()).isEmpty();
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("portfolio.yaml", "portfolio.schema.json");
        assertThat(Inputs.read(dir.resolve("portfolio.yaml"))).isEqualTo(CliProcess.run(dir, "init", "-o", "-").stdout());
        assertThat(CliProcess.run(dir, "init", "--help").stdout()).contains("default: portfolio.yaml", "-o -");
    }

    @Test
    void neverOverwritesAnExistingFileUnlessForced() {
        Path mine = Inputs.write(dir.resolve("portfolio.yaml"), "person:\n  name: My Own Work\n");

        Result refused = CliProcess.run(dir, "init");

        assertThat(refused.exitCode()).isEqualTo(PortfolioCli.IO_ERROR);
        assertThat(refused.errorLines()).containsExactly(
                "portfolio: cannot create portfolio.yaml: already exists; use --force to replace it");
        assertThat(Inputs.read(mine)).isEqualTo("person:\n  name: My Own Work\n");

        Result forced = CliProcess.run(dir, "init", "-o", "portfolio.yaml", "--force");

        assertThat(forced.exitCode()).isZero();
        assertThat(Inputs.read(mine)).isEqualTo(CliProcess.run(dir, "init", "-o", "-").stdout());
    }

    @Test
    void leavesTheSameSchemaAloneAndNeverOverwritesAnotherOneUnlessForced() {
        Path schema = Inputs.write(dir.resolve("portfolio.schema.json"), PortfolioFormat.schema());
        assertThat(CliProcess.run(dir, "init", "-o", "portfolio.yaml").exitCode()).isZero();
        assertThat(Inputs.read(schema)).isEqualTo(PortfolioFormat.schema());

        Inputs.write(schema, "{\"mine\": true}\n");
        Result refused = CliProcess.run(dir, "init", "-o", "other.yaml");

        assertThat(refused.exitCode()).isEqualTo(PortfolioCli.IO_ERROR);
        assertThat(refused.errorLines()).containsExactly(
                "portfolio: cannot create portfolio.schema.json: already exists with other content; use --force to replace it");
        assertThat(Inputs.read(schema)).isEqualTo("{\"mine\": true}\n");
        assertThat(dir.resolve("other.yaml")).doesNotExist();

        assertThat(CliProcess.run(dir, "init", "-o", "other.yaml", "--force").exitCode()).isZero();
        assertThat(Inputs.read(schema)).isEqualTo(PortfolioFormat.schema());
    }
}
