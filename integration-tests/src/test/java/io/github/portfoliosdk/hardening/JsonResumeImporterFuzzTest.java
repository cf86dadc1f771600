package io.github.portfoliosdk.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.portfoliosdk.jsonresume.JsonResumeImporter;
import io.github.portfoliosdk.jsonresume.JsonResumeRenderer;
import io.github.portfoliosdk.model.Portfolio;
import java.io.ByteArrayInputStream;

/**
 * Fuzzes the JSON Resume importer: any bytes give a valid portfolio or an {@code InvalidPortfolioException} with
 * located problems, never another exception, a hang or a stack overflow; what it accepts, it exports and imports
 * back equal.
 * <p>The normal test run replays the inputs under {@code JsonResumeImporterFuzzTestInputs/}. To fuzz:
 * {@code JAZZER_FUZZ=1 ./mvnw -pl integration-tests test -Dtest=JsonResumeImporterFuzzTest -Djazzer.max_duration=60s}.
 */
class JsonResumeImporterFuzzTest {

    private final JsonResumeImporter importer = JsonResumeImporter.create();
    private final JsonResumeRenderer renderer = JsonResumeRenderer.builder().build();

    @FuzzTest(maxDuration = "60s")
    void anyBytesGiveAPortfolioOrLocatedProblems(byte[] input) {
        Portfolio portfolio = ReaderContract.check(
                () -> importer.read(new ByteArrayInputStream(input), "fuzz.json"), "fuzz.json");
        if (portfolio != null) {
            String exported = renderer.render(portfolio);
            Portfolio again = importer.read(exported, "again.json");
            assertThat(renderer.render(again)).as("the export of the re-import is the same document").isEqualTo(exported);
            assertThat(again).as("the re-import is the same portfolio, extensions included").usingRecursiveComparison()
                    .isEqualTo(portfolio);
        }
    }
}
