package io.github.portfoliosdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.cli.CliProcess.Result;
import io.github.portfoliosdk.json.PortfolioFormat;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.testing.Checkers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command: the showcase portfolio rendered to all four formats in one folder. */
class ShowcaseIT {

    @TempDir
    Path dir;

    @Test
    void theShowcaseRendersToAllFourFormatsInOneFolder() {
        Path showcase = Checkers.showcaseFile().toAbsolutePath();
        Portfolio portfolio = PortfolioFormat.yaml().read(showcase);
        String name = portfolio.person().name();

        Result result = CliProcess.run(dir, "render", showcase.toString(), "-f", "all", "-o", "showcase");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.errorLines()).containsExactly(
                "wrote " + Path.of("showcase", "cv.docx"),
                "wrote " + Path.of("showcase", "index.html"),
                "wrote " + Path.of("showcase", "resume.json"),
                "wrote " + Path.of("showcase", "README.md"),
                "wrote " + Path.of("showcase", "cv.pdf"),
                "wrote " + Path.of("showcase", "cv.txt"));
        assertThat(Inputs.readBytes(dir.resolve("showcase/cv.pdf"))).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        Document page = Jsoup.parse(Inputs.read(dir.resolve("showcase/index.html")));
        assertThat(page.title()).contains(name);
        assertThat(page.text()).contains(portfolio.person().tagline()).contains(portfolio.roles().get(0).title());
        assertThat(Inputs.read(dir.resolve("showcase/README.md"))).contains(name).contains(portfolio.person().tagline());

        Checkers.Result checked = Checkers.node("cli-showcase.mjs", List.of(dir.resolve("showcase").toString()), Duration.ofSeconds(60));
        assertThat(checked.exitCode()).as(checked.output()).isZero();
    }
}
