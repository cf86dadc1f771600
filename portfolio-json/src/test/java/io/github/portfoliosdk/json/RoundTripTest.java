package io.github.portfoliosdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.testing.SamplePortfolios;
import org.junit.jupiter.api.Test;

/** Writing a portfolio and reading it back gives an equal portfolio, and writing again the same bytes. */
class RoundTripTest {

    @Test
    void yamlRoundTripsTheFullSample() {
        assertRoundTrip(PortfolioFormat.yaml(), SamplePortfolios.full());
    }

    @Test
    void jsonRoundTripsTheFullSample() {
        assertRoundTrip(PortfolioFormat.json(), SamplePortfolios.full());
    }

    @Test
    void yamlRoundTripsTheMinimalSample() {
        assertRoundTrip(PortfolioFormat.yaml(), SamplePortfolios.minimal());
    }

    @Test
    void jsonRoundTripsTheMinimalSample() {
        assertRoundTrip(PortfolioFormat.json(), SamplePortfolios.minimal());
    }

    @Test
    void bothPortraitsAreReadAndWrittenUnderTheirOwnNames() {
        String yaml = """
                person:
                  name: Ada
                  image: https://example.com/ada.png
                  imageDark: https://example.com/ada-dark.png
                """;
        Portfolio read = PortfolioFormat.yaml().read(yaml, "portfolio.yaml");
        assertThat(read.person().image()).isEqualTo("https://example.com/ada.png");
        assertThat(read.person().imageDark()).isEqualTo("https://example.com/ada-dark.png");
        assertThat(PortfolioFormat.yaml().write(read)).endsWith(yaml);
        assertRoundTrip(PortfolioFormat.yaml(), read);
        assertRoundTrip(PortfolioFormat.json(), read);
    }

    private static void assertRoundTrip(PortfolioFormat format, Portfolio portfolio) {
        String written = format.write(portfolio);
        Portfolio read = format.read(written, "written." + format.name());
        assertThat(read).isEqualTo(portfolio);
        assertThat(format.write(read)).isEqualTo(written);
    }
}
