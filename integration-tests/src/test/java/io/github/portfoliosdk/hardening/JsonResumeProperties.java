package io.github.portfoliosdk.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.jsonresume.JsonResumeImporter;
import io.github.portfoliosdk.jsonresume.JsonResumeRenderer;
import io.github.portfoliosdk.model.Portfolio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** JSON Resume export and import of every generated portfolio: schema-valid, deterministic, lossless. */
@ExtendWith(NamesTheCase.class)
class JsonResumeProperties {

    private static final JsonResumeRenderer RENDERER = JsonResumeRenderer.builder().build();
    private static final JsonResumeRenderer STANDARD_ONLY = JsonResumeRenderer.builder()
            .portfolioProperties(false).build();
    private static final JsonResumeImporter IMPORTER = JsonResumeImporter.create();

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.portfoliosdk.hardening.Generated#cases")
    void theExportValidatesAgainstTheOfficialSchema(PortfolioCase example) {
        Portfolio portfolio = example.portfolio();

        for (JsonResumeRenderer renderer : new JsonResumeRenderer[] {RENDERER, STANDARD_ONLY}) {
            String json = renderer.render(portfolio);
            assertThat(OfficialJsonResumeSchema.problems(json)).as("schema problems of %s:%n%s", example, json)
                    .isEmpty();
        }
    }

    /** The schema, as the property above runs it (formats asserted), finds each fault of a known-bad document. */
    @Test
    void theSchemaRejectsAKnownBadDocumentOneProblemPerFault() {
        String knownBad = "{\"basics\":{\"name\":5,\"email\":\"not an e-mail\",\"url\":\"not a uri\"},"
                + "\"work\":[{\"name\":\"Acme\",\"startDate\":\"2019-7\"}]}";
        assertThat(OfficialJsonResumeSchema.problems(knownBad)).hasSize(4)
                .anyMatch(problem -> problem.contains("/basics/name"))
                .anyMatch(problem -> problem.contains("/basics/email"))
                .anyMatch(problem -> problem.contains("/basics/url"))
                .anyMatch(problem -> problem.contains("/work/0/startDate"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.portfoliosdk.hardening.Generated#cases")
    void exportThenImportGivesAnEqualPortfolio(PortfolioCase example) {
        Portfolio portfolio = example.portfolio();
        String json = RENDERER.render(portfolio);

        Portfolio read = IMPORTER.read(json, "generated.json");
        assertThat(read).as(() -> example + ", differences:\n" + Differences.between(portfolio, read))
                .isEqualTo(portfolio);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.portfoliosdk.hardening.Generated#cases")
    void renderingTwiceGivesIdenticalBytes(PortfolioCase example) {
        Portfolio portfolio = example.portfolio();

        assertThat(RENDERER.render(portfolio)).isEqualTo(RENDERER.render(example.portfolio()));
    }
}
