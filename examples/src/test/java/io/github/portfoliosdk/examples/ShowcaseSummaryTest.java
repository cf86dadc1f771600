package io.github.portfoliosdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.model.Person;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The summary names the person, the experience the jobs add up to, and what each non-empty section holds. */
class ShowcaseSummaryTest {

    @Test
    void summarizesTheShowcase() {
        assertThat(ShowcaseSummary.summary(Showcase.portfolio(), SamplePortfolios.CLOCK)).isEqualTo("""
                Vinayagam D — Python Backend Engineer
                Chennai, Tamil Nadu, India · Employed
                Experience: 2+ years (35 months of jobs up to 2026-11-25)

                9 sections:
                  Hero                 headline, tagline, 3 keywords, 4 metrics
                  About me             3 paragraphs
                  Work history         2 jobs, 1 internship
                  Selected projects    2 projects
                  System design        "Scalable production backend": 2 flows, 4 points
                  System design notes  3 notes
                  Tech stack           20 skills in 5 categories, 9 in the primary stack, 3 metrics
                  What I'm focused on  4 items
                  Get in touch         1 profile, location
                """);
    }

    @Test
    void experienceGrowsWithTheClock() {
        Clock later = Clock.fixed(Instant.parse("2027-01-10T00:00:00Z"), ZoneOffset.UTC);

        assertThat(ShowcaseSummary.summary(Showcase.portfolio(), later))
                .contains("Experience: 3+ years (37 months of jobs up to 2027-01-10)");
    }

    @Test
    void aPortfolioWithOnlyANameHasOnlyTheHero() {
        Portfolio minimal = SamplePortfolios.minimal();

        assertThat(ShowcaseSummary.summary(minimal, SamplePortfolios.CLOCK)).isEqualTo("""
                Ada Lovelace
                Experience: 0 years (0 months of jobs up to 2026-11-25)

                1 section:
                  Hero  name only
                """);
    }

    @Test
    void listsTheSectionsOnlyOtherPortfoliosHave() {
        String summary = ShowcaseSummary.summary(SamplePortfolios.full(), SamplePortfolios.CLOCK);

        assertThat(summary).contains("  Volunteering         1 role\n", "  Education            1 institution\n",
                "  Languages            2 languages\n", "  Get in touch         email, phone, website, 1 profile, location\n");
        Person person = SamplePortfolios.full().person();
        assertThat(summary).startsWith(person.name() + " — " + person.headline() + "\n");
    }
}
