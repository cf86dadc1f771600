package io.github.portfoliosdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.cli.CliProcess.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --locale} with a portfolio in several languages: content and labels chosen together, every language, coverage. */
class TranslatedContentIT {

    private static final String YAML = """
            person:
              name: Ada Lovelace
              headline:
                en: Building scalable systems.
                de: Skalierbare Systeme bauen.
                ta: அளவிடக்கூடிய அமைப்புகளை உருவாக்குதல்.
              summary: Backend engineer.
            roles:
              - organization:
                  name: Acme
                title: {en: Engineer, de: Ingenieurin}
                period:
                  start: "2020-01"
                tags: [backend]
            """;

    @TempDir
    Path dir;

    @Test
    void localeChoosesTheContentAndTheLabelsAndWarnsOfEachFallbackAtItsLine() {
        Inputs.write(dir.resolve("portfolio.yaml"), YAML);

        Result result = CliProcess.run(dir, "render", "portfolio.yaml", "-f", "markdown", "--locale", "de", "--tags", "backend");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("Skalierbare Systeme bauen.", "Ingenieurin", "Berufserfahrung")
                .doesNotContain("Building scalable systems.");
        assertThat(result.errorLines()).containsExactly(
                "warning: portfolio.yaml:7:12: person.summary: no de translation; shown in en");
        Result english = CliProcess.run(dir, "render", "portfolio.yaml", "-f", "markdown", "--locale", "de", "--labels", "en");
        assertThat(english.stdout()).contains("Skalierbare Systeme bauen.", "Work history");
    }

    @Test
    void localeAllWritesEveryLanguageBesideTheOriginal() throws IOException {
        Inputs.write(dir.resolve("portfolio.yaml"), YAML);

        Result result = CliProcess.run(dir, "render", "portfolio.yaml", "-f", "html,json-resume", "--locale", "all", "-o", "site");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        try (var files = Files.list(dir.resolve("site"))) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder("index.html",
                    "index.de.html", "index.ta.html", "resume.json", "resume.de.json", "resume.ta.json");
        }
        String tamil = Files.readString(dir.resolve("site/index.ta.html"));
        assertThat(tamil).contains("<html lang=\"ta\"", "<link rel=\"alternate\" hreflang=\"de\" href=\"index.de.html\">",
                "அளவிடக்கூடிய அமைப்புகளை உருவாக்குதல்.");
        assertThat(Files.readString(dir.resolve("site/resume.de.json"))).contains("\"language\": \"de\"");
        assertThat(CliProcess.run(dir, "render", "portfolio.yaml", "--locale", "all").exitCode())
                .as("every language needs a folder").isEqualTo(PortfolioCli.USAGE);
    }

    @Test
    void validateWithALocalePrintsTheCoverage() {
        Inputs.write(dir.resolve("portfolio.yaml"), YAML);

        Result result = CliProcess.run(dir, "validate", "portfolio.yaml", "--locale", "all");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.errorLines()).contains("portfolio.yaml: de: 2 of 3 texts, 66%", "portfolio.yaml: ta: 1 of 3 texts, 33%",
                "warning: portfolio.yaml:11:12: roles[0].title: no ta translation; shown in en");
    }
}
