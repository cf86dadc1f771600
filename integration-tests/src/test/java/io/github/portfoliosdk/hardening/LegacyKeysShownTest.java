package io.github.portfoliosdk.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.jsonresume.JsonResumeImporter;
import io.github.portfoliosdk.jsonresume.JsonResumeRenderer;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.render.html.HtmlRenderer;
import io.github.portfoliosdk.render.markdown.MarkdownRenderer;
import io.github.portfoliosdk.testing.SamplePortfolios;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * An employer given with the keys of JSON Resume before 1.0, or jobs and projects under the other names people give
 * them, show in every renderer, as themes show them.
 */
class LegacyKeysShownTest {

    private static final Portfolio IMPORTED = JsonResumeImporter.create().read("""
            {"basics": {"name": "Ada Lovelace", "website": "https://ada.example"},
             "work": [{"company": "Analytical Engines Ltd", "website": "https://engines.example",
                       "position": "Programmer", "startDate": "1842-09"}]}
            """, "resume.json");

    @Test
    void theHtmlPageShowsTheEmployerAndLinksItsWebsite() {
        var page = Jsoup.parse(HtmlRenderer.builder().clock(SamplePortfolios.CLOCK).build().render(IMPORTED));
        assertThat(page.text()).contains("Analytical Engines Ltd");
        assertThat(page.select("a[href=https://engines.example]")).isNotEmpty();
    }

    @Test
    void theReadmeShowsTheEmployer() {
        String readme = MarkdownRenderer.builder().clock(SamplePortfolios.CLOCK).build().render(IMPORTED);
        assertThat(readme).contains("Analytical Engines Ltd").contains("https://engines.example");
    }

    @Test
    void jobsUnderAnotherNameAndProjectsWithATitleShowInTheHtmlPageAndTheReadme() {
        Portfolio portfolio = JsonResumeImporter.builder().lenient(true).build().read("""
                {"basics": {"name": "Ada Lovelace", "title": "Analyst"},
                 "experience": [{"company": "Analytical Engines Ltd", "position": "Programmer", "startDate": "1842-09"}],
                 "projects": [{"title": "Note G", "description": "The first program"}]}
                """, "resume.json");
        String page = Jsoup.parse(HtmlRenderer.builder().clock(SamplePortfolios.CLOCK).build().render(portfolio)).text();
        String readme = MarkdownRenderer.builder().clock(SamplePortfolios.CLOCK).build().render(portfolio);
        for (String shown : new String[] {"Analyst", "Analytical Engines Ltd", "Programmer", "Note G"}) {
            assertThat(page).contains(shown);
            assertThat(readme).contains(shown);
        }
        assertThat(readme).doesNotContain("### Project\n");
    }

    @Test
    void jsonResumeWritesItBackUnderTheKeysTheFileUsedAndTheEmployerUnderNameToo() {
        String resume = JsonResumeRenderer.builder().build().render(IMPORTED);
        // "company" for the themes that read it (flat, macchiato), "name" for those that read JSON Resume 1.0's key
        assertThat(resume.replaceAll("\\s+", " ")).contains("\"name\": \"Analytical Engines Ltd\", \"company\": \"Analytical Engines Ltd\"")
                .contains("\"website\": \"https://engines.example\"").doesNotContain("\"url\"");
    }
}
