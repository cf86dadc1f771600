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
    void theStarterHasTheSchemaModelineAndValidatesAsItIs() {
        Result init = CliProcess.run(dir, "init");
        Result validate = CliProcess.runWithInput(dir, init.stdout(), "validate", "-");

        assertThat(init.exitCode()).as(init.toString()).isZero();
        assertThat(init.stdout()).startsWith("# yaml-language-server: $schema=" + PortfolioFormat.SCHEMA_ID + "\n");
        assertThat(validate.exitCode()).as(validate.toString()).isZero();
    }

    @Test
    void createsTheFileAndTheStarterRendersToEveryFormat() {
        Result init = CliProcess.run(dir, "init", "-o", "portfolio.yaml");
        Result render = CliProcess.run(dir, "render", "portfolio.yaml", "-f", "all", "-o", "site");

        assertThat(init.exitCode()).as(init.toString()).isZero();
        assertThat(init.errorLines()).first().asString().startsWith("wrote portfolio.yaml");
        assertThat(render.exitCode()).as(render.toString()).isZero();
        assertThat(dir.resolve("site").toFile().list()).containsExactlyInAnyOrder("index.html", "README.md", "resume.json", "cv.pdf");
    }

    @Test
    void neverOverwritesAnExistingFileUnlessForced() {
        Path mine = Inputs.write(dir.resolve("portfolio.yaml"), "person:\n  name: My Own Work\n");

        Result refused = CliProcess.run(dir, "init", "-o", "portfolio.yaml");

        assertThat(refused.exitCode()).isEqualTo(PortfolioCli.IO_ERROR);
        assertThat(refused.errorLines()).containsExactly(
                "portfolio: cannot create portfolio.yaml: already exists; use --force to replace it");
        assertThat(Inputs.read(mine)).isEqualTo("person:\n  name: My Own Work\n");

        Result forced = CliProcess.run(dir, "init", "-o", "portfolio.yaml", "--force");

        assertThat(forced.exitCode()).isZero();
        assertThat(Inputs.read(mine)).isEqualTo(CliProcess.run(dir, "init").stdout());
    }
}
