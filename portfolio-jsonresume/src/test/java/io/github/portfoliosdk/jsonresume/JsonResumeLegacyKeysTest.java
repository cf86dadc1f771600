package io.github.portfoliosdk.jsonresume;

import static io.github.portfoliosdk.jsonresume.Fixtures.IMPORTER;
import static io.github.portfoliosdk.jsonresume.Fixtures.RENDERER;
import static io.github.portfoliosdk.jsonresume.Fixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.model.Portfolio;
import org.junit.jupiter.api.Test;

/** The keys of JSON Resume before 1.0 read as the keys that replaced them and are written back as the file had them. */
class JsonResumeLegacyKeysTest {

    @Test
    void workCompanyAndWebsiteAreTheOrganizationsNameAndUrl() {
        String json = """
                {"basics": {"name": "Ada", "website": "https://ada.example", "picture": "https://ada.example/me.png"},
                 "work": [{"company": "Analytical Engines", "website": "https://engines.example", "position": "Programmer"}],
                 "volunteer": [{"organization": "Dojo", "website": "https://dojo.example"}],
                 "education": [{"institution": "MIT", "gpa": "4.0"}],
                 "publications": [{"name": "Note G", "website": "https://notes.example"}]}
                """;
        Portfolio portfolio = IMPORTER.read(json, "resume.json");
        assertThat(portfolio.roles().get(0).organization().name()).isEqualTo("Analytical Engines");
        assertThat(portfolio.roles().get(0).organization().url()).isEqualTo("https://engines.example");
        assertThat(portfolio.roles().get(1).organization().url()).isEqualTo("https://dojo.example");
        assertThat(portfolio.person().contact().website()).isEqualTo("https://ada.example");
        assertThat(portfolio.person().image()).isEqualTo("https://ada.example/me.png");
        assertThat(portfolio.education().get(0).score()).isEqualTo("4.0");
        assertThat(portfolio.publications().get(0).url()).isEqualTo("https://notes.example");
        assertThat(tree(RENDERER.render(portfolio))).isEqualTo(tree(json));
    }

    @Test
    void theKeyOfJsonResume1WinsAndBothAreWrittenBackWhenTheFileHasBoth() {
        String same = """
                {"basics": {"name": "Ada"}, "work": [{"name": "Acme", "company": "Acme"}]}
                """;
        assertThat(tree(RENDERER.render(IMPORTER.read(same, "resume.json")))).isEqualTo(tree(same));
        String different = """
                {"basics": {"name": "Ada"}, "work": [{"name": "Acme Ltd", "company": "Acme"}]}
                """;
        Portfolio portfolio = IMPORTER.read(different, "resume.json");
        assertThat(portfolio.roles().get(0).organization().name()).isEqualTo("Acme Ltd");
        assertThat(tree(RENDERER.render(portfolio))).isEqualTo(tree(different));
    }

    @Test
    void anOlderKeyThatIsNotAUriIsKeptAsWrittenSinceTheSchemaDoesNotCheckIt() {
        String json = """
                {"basics": {"name": "Ada", "website": "www.ada.example"}}
                """;
        Portfolio portfolio = IMPORTER.read(json, "resume.json");
        assertThat(portfolio.person().contact()).isNull();
        assertThat(tree(RENDERER.render(portfolio))).isEqualTo(tree(json));
    }
}
