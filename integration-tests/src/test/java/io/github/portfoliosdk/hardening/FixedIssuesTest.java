package io.github.portfoliosdk.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portfoliosdk.json.PortfolioFormat;
import io.github.portfoliosdk.jsonresume.JsonResumeImporter;
import io.github.portfoliosdk.model.InvalidPortfolioException;
import io.github.portfoliosdk.model.Organization;
import io.github.portfoliosdk.model.Person;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Problem;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.render.html.HtmlRenderer;
import io.github.portfoliosdk.render.markdown.MarkdownRenderer;
import io.github.portfoliosdk.testing.Checkers;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Bugs the properties and the fuzzer found, now fixed: each stays as the test that shows it fixed. */
class FixedIssuesTest {

    /** Found by the properties: an organization known only by its short name vanished from the work history. */
    @Test
    void anOrganizationKnownOnlyByItsShortNameIsShownAndLinked() {
        Portfolio portfolio = Portfolio.builder().person(Person.builder().name("Ada").build())
                .addRole(Role.builder().title("Developer")
                        .organization(new Organization(null, "Acme", "https://example.com/acme", null)).build())
                .build();

        Document page = Jsoup.parse(HtmlRenderer.builder().clock(SamplePortfolios.CLOCK).build().render(portfolio));

        assertThat(page.select(".pf-role-org").text()).isEqualTo("Acme");
        assertThat(page.select(".pf-role-org a[href]").eachAttr("href")).containsExactly("https://example.com/acme");
    }

    /**
     * Found by the JSON Resume importer's fuzz target: "2025-00" (which the JSON Resume schema's pattern allows) was
     * read as the year 2025. A month 00 does not exist, so it is now a located problem like "2020-13".
     */
    @Test
    void aStartDateWithMonthZeroIsALocatedProblem() {
        assertThatThrownBy(() -> JsonResumeImporter.create().read(
                "{\"basics\": {\"name\": \"Ada\"}, \"work\": [{\"name\": \"Acme\", \"startDate\": \"2025-00\"}]}",
                "month-00.json"))
                .isInstanceOfSatisfying(InvalidPortfolioException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString)
                        .containsExactly("month-00.json:1:68: work[0].startDate: '2025-00' is not a real date: "
                                + "month 00 does not exist"));
    }

    /**
     * Found by the properties: snakeyaml-engine 3.0.1 (the one Jackson 3.1.8 brings) failed on a valid YAML file over
     * 1 KB with an emoji across characters 1023 and 1024; the parent pom now manages 3.1.1. Run through the shipped jar.
     */
    @Test
    void theCommandReadsAValidYamlFileWithAnEmojiAtItsReadBufferBoundary() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "fixed-issues"));
        List<String> failures = new ArrayList<>();
        for (int padding = 980; padding < 1030; padding += 7) {
            Portfolio portfolio = Portfolio.builder()
                    .person(Person.builder().name("x".repeat(padding) + "😀".repeat(4)).build()).build();
            Files.writeString(dir.resolve("emoji.yaml"), PortfolioFormat.yaml().write(portfolio));
            Checkers.Result result = Checkers.run(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-jar", HostileCorpusTest.cliJar().toString(), "validate", "emoji.yaml"), dir,
                    Duration.ofSeconds(60));
            if (result.exitCode() != 0) {
                failures.add("padding " + padding + ": " + result.output());
            }
        }
        assertThat(failures).isEmpty();
    }

    /**
     * Found by the properties with 1000 tries: a URL holding "&amp;" and ";" got a Markdown backslash escape inside
     * the HTML {@code <img src>} of the portrait, where backslashes are not escapes, so the image URL broke.
     */
    @Test
    void anImageUrlWithAmpersandAndSemicolonIsWrittenUnchanged() {
        String url = "https://example.com/a;b=c/?q=1&r=2";
        Portfolio portfolio = Portfolio.builder().person(Person.builder().name("Ada").image(url).build()).build();

        String markdown = MarkdownRenderer.builder().clock(SamplePortfolios.CLOCK).build().render(portfolio);

        assertThat(Jsoup.parseBodyFragment(markdown).select("img").eachAttr("src")).containsExactly(url);
    }
}
