package io.github.portfoliosdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.testing.Checkers;
import org.junit.jupiter.api.Test;

/** The showcase portfolio (the seed page as data) loads, validates and round-trips. */
class ShowcaseTest {

    @Test
    void theShowcaseLoadsAndValidates() {
        Portfolio showcase = PortfolioFormat.yaml().read(Checkers.showcaseFile());
        assertThat(showcase.person().name()).isNotBlank();
        assertThat(showcase.projects()).isNotEmpty();
        assertThat(showcase.designNotes()).isNotEmpty();
    }

    @Test
    void theShowcaseRoundTripsThroughYamlAndJson() {
        Portfolio showcase = PortfolioFormat.yaml().read(Checkers.showcaseFile());
        for (PortfolioFormat format : new PortfolioFormat[] {PortfolioFormat.yaml(), PortfolioFormat.json()}) {
            String written = format.write(showcase);
            Portfolio read = format.read(written, "showcase." + format.name());
            assertThat(read).isEqualTo(showcase);
            assertThat(format.write(read)).isEqualTo(written);
        }
    }
}
