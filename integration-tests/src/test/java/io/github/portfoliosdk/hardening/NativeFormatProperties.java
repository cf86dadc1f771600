package io.github.portfoliosdk.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.json.PortfolioFormat;
import io.github.portfoliosdk.model.Person;
import io.github.portfoliosdk.model.Portfolio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Our own YAML and JSON format: every generated portfolio is written deterministically and read back equal. */
@ExtendWith(NamesTheCase.class)
class NativeFormatProperties {

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.portfoliosdk.hardening.Generated#cases")
    void yamlRoundTripsToAnEqualPortfolio(PortfolioCase example) {
        Portfolio portfolio = example.portfolio();
        String yaml = PortfolioFormat.yaml().write(portfolio);

        Portfolio read = PortfolioFormat.yaml().read(yaml, "generated.yaml");
        assertThat(read).as(() -> example + ", differences:\n" + Differences.between(portfolio, read))
                .isEqualTo(portfolio);
        assertThat(PortfolioFormat.yaml().write(portfolio)).isEqualTo(yaml);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.portfoliosdk.hardening.Generated#cases")
    void jsonRoundTripsToAnEqualPortfolio(PortfolioCase example) {
        Portfolio portfolio = example.portfolio();
        String json = PortfolioFormat.json().write(portfolio);

        Portfolio read = PortfolioFormat.json().read(json, "generated.json");
        assertThat(read).as(() -> example + ", differences:\n" + Differences.between(portfolio, read))
                .isEqualTo(portfolio);
        assertThat(PortfolioFormat.json().write(portfolio)).isEqualTo(json);
    }

    /** Found by the YAML property: a text that is exactly "~" came back as null. */
    @Test
    void aTextThatIsATildeStaysText() {
        Portfolio portfolio = Portfolio.builder().person(Person.builder().name("~").headline("~").build()).build();

        assertThat(PortfolioFormat.yaml().read(PortfolioFormat.yaml().write(portfolio), "tilde.yaml"))
                .isEqualTo(portfolio);
    }

    /**
     * Found by the YAML property: an emoji straddling character 1024 of a YAML file threw IndexOutOfBoundsException
     * (snakeyaml-engine 3.0.1; this module tests with 3.1.1 until the parent manages it, see the pom).
     */
    @Test
    void anEmojiAtTheReadBufferBoundaryIsRead() {
        boolean straddled = false;
        for (int padding = 800; padding < 1030; padding += 3) {
            Portfolio portfolio = Portfolio.builder()
                    .person(Person.builder().name("x".repeat(padding) + "😀".repeat(4)).build()).build();
            String yaml = PortfolioFormat.yaml().write(portfolio);
            straddled |= yaml.length() > 1024 && Character.isHighSurrogate(yaml.charAt(1023));

            assertThat(PortfolioFormat.yaml().read(yaml, "emoji.yaml")).isEqualTo(portfolio);
        }
        assertThat(straddled).as("some padding puts an emoji across characters 1023 and 1024").isTrue();
    }
}
