package io.github.portfoliosdk.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.portfoliosdk.json.PortfolioFormat;
import io.github.portfoliosdk.model.Portfolio;
import java.io.ByteArrayInputStream;

/**
 * Fuzzes the YAML reader: any bytes give a valid portfolio or an {@code InvalidPortfolioException} with located
 * problems, never another exception, a hang or a stack overflow; what it accepts, it writes and reads back equal.
 * <p>The normal test run replays the inputs under {@code YamlReaderFuzzTestInputs/}. To fuzz (one target per run):
 * {@code JAZZER_FUZZ=1 ./mvnw -pl integration-tests test -Dtest=YamlReaderFuzzTest -Djazzer.max_duration=60s};
 * a crash is saved under the inputs folder and becomes a regression input.
 */
class YamlReaderFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void anyBytesGiveAPortfolioOrLocatedProblems(byte[] input) {
        Portfolio portfolio = ReaderContract.check(
                () -> PortfolioFormat.yaml().read(new ByteArrayInputStream(input), "fuzz.yaml"), "fuzz.yaml");
        if (portfolio != null) {
            assertThat(PortfolioFormat.yaml().read(PortfolioFormat.yaml().write(portfolio), "again.yaml"))
                    .isEqualTo(portfolio);
        }
    }
}
