package io.github.portfoliosdk.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.json.PortfolioFormat;
import io.github.portfoliosdk.jsonresume.JsonResumeImporter;
import io.github.portfoliosdk.jsonresume.JsonResumeRenderer;
import io.github.portfoliosdk.model.Contact;
import io.github.portfoliosdk.model.Person;
import io.github.portfoliosdk.model.Portfolio;
import org.junit.jupiter.api.Test;

/** Bugs the properties found that are fixed now, each kept as the smallest test that shows it. */
class FoundByPropertiesTest {

    private static Portfolio withHeadline(String headline) {
        return Portfolio.builder().person(Person.builder().name("Ada").headline(headline).build()).build();
    }

    /** Found by the round-trip properties: every format read "" back as absent (null). */
    @Test
    void anEmptyTextSurvivesEveryFormat() {
        Portfolio portfolio = withHeadline("");

        assertThat(PortfolioFormat.yaml().read(PortfolioFormat.yaml().write(portfolio), "empty.yaml"))
                .isEqualTo(portfolio);
        assertThat(PortfolioFormat.json().read(PortfolioFormat.json().write(portfolio), "empty.json"))
                .isEqualTo(portfolio);
        assertThat(JsonResumeImporter.create().read(JsonResumeRenderer.builder().build().render(portfolio), "e.json"))
                .isEqualTo(portfolio);
    }

    /** Found by the JSON Resume round-trip property: contact details with nothing in them came back as none. */
    @Test
    void emptyContactDetailsSurviveJsonResume() {
        Portfolio portfolio = Portfolio.builder()
                .person(Person.builder().name("Ada").contact(new Contact(null, null, null)).build()).build();

        assertThat(JsonResumeImporter.create().read(JsonResumeRenderer.builder().build().render(portfolio), "c.json"))
                .isEqualTo(portfolio);
    }
}
