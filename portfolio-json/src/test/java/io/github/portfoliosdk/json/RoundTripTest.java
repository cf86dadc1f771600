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

    private static void assertRoundTrip(PortfolioFormat format, Portfolio portfolio) {
        String written = format.write(portfolio);
        Portfolio read = format.read(written, "written." + format.name());
        assertThat(read).isEqualTo(portfolio);
        assertThat(format.write(read)).isEqualTo(written);
    }
}
