package io.github.portfoliosdk.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.portfoliosdk.jsonresume.JsonResumeImporter;
import io.github.portfoliosdk.jsonresume.JsonResumeRenderer;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.ReadResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzzes the lenient JSON Resume import: any bytes give a valid portfolio with located warnings, or an
 * {@code InvalidPortfolioException} with located problems, never another exception, a hang or a stack overflow; what
 * it accepts exports back to the document it read (when that was JSON; where a duplicate key's empty value was dropped,
 * to the document without it, which Jackson cannot be asked for), and a lenient import of the export gives the same
 * portfolio. The lenient import keeps what the strict one refuses (dates such as "Ongoing", entries that are not
 * objects) so that the export gives them back; a strict import of the export therefore gives the same portfolio or
 * located problems, never another exception.
 * <p>The normal test run replays the inputs under {@code JsonResumeLenientImportFuzzTestInputs/}. To fuzz:
 * {@code JAZZER_FUZZ=1 ./mvnw -pl integration-tests test -Dtest=JsonResumeLenientImportFuzzTest -Djazzer.max_duration=60s}.
 */
class JsonResumeLenientImportFuzzTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private final JsonResumeImporter lenient = JsonResumeImporter.builder().lenient(true).build();
    private final JsonResumeImporter strict = JsonResumeImporter.create();
    private final JsonResumeRenderer renderer = JsonResumeRenderer.builder().build();

    @FuzzTest(maxDuration = "60s")
    void anyBytesGiveAPortfolioWithLocatedWarningsOrLocatedProblems(byte[] input) {
        ReadResult[] read = new ReadResult[1];
        Portfolio portfolio = ReaderContract.check(() -> {
            read[0] = lenient.readWithWarnings(input, "fuzz.json");
            return read[0].portfolio();
        }, "fuzz.json");
        if (portfolio != null) {
            assertThat(read[0].warnings()).allSatisfy(warning -> {
                assertThat(warning.source()).isEqualTo("fuzz.json");
                assertThat(warning.line()).isPositive();
                assertThat(warning.message()).isNotBlank();
            });
            String exported = renderer.render(portfolio);
            boolean duplicateDropped = read[0].warnings().stream().anyMatch(w -> w.message().startsWith("duplicate key"));
            if (!duplicateDropped) {
                JsonNode original = MAPPER.readTree(withoutByteOrderMark(input));
                assertThat(ExportedDocument.isTheSame(MAPPER.readTree(exported), original))
                        .as("exported back to the same document:%n%s%nread from:%n%s", exported, original).isTrue();
            }
            assertThat(lenient.read(exported, "exported.json")).as("the export reads back as the same portfolio")
                    .isEqualTo(portfolio);
            Portfolio again = ReaderContract.check(() -> strict.read(exported, "again.json"), "again.json");
            if (again != null) {
                assertThat(again).as("a strict import of the export").isEqualTo(portfolio);
            }
        }
    }

    private static byte[] withoutByteOrderMark(byte[] input) {
        return input.length >= 3 && (input[0] & 0xFF) == 0xEF && (input[1] & 0xFF) == 0xBB && (input[2] & 0xFF) == 0xBF
                ? java.util.Arrays.copyOfRange(input, 3, input.length) : input;
    }
}
