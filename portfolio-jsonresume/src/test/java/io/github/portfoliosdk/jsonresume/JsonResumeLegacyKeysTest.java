package io.github.portfoliosdk.jsonresume;

import static io.github.portfoliosdk.jsonresume.Fixtures.IMPORTER;
import static io.github.portfoliosdk.jsonresume.Fixtures.RENDERER;
import static io.github.portfoliosdk.jsonresume.Fixtures.exported;
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
        assertThat(tree(RENDERER.render(portfolio))).isEqualTo(exported(json));
    }

    @Test
    void theKeyOfJsonResume1WinsAndBothAreWrittenBackWhenTheFileHasBoth() {
        String same = """
                {"basics": {"name": "Ada"}, "work": [{"name": "Acme", "company": "Acme"}]}
                """;
        assertThat(tree(RENDERER.render(IMPORTER.read(same, "resume.json")))).isEqualTo(exported(same));
        String different = """
                {"basics": {"name": "Ada"}, "work": [{"name": "Acme Ltd", "company": "Acme"}]}
                """;
        Portfolio portfolio = IMPORTER.read(different, "resume.json");
        assertThat(portfolio.roles().get(0).organization().name()).isEqualTo("Acme Ltd");
        assertThat(tree(RENDERER.render(portfolio))).isEqualTo(exported(different));
    }

    @Test
    void anOlderKeyThatIsNotAUriIsKeptAsWrittenSinceTheSchemaDoesNotCheckIt() {
        String json = """
                {"basics": {"name": "Ada", "website": "www.ada.example"}}
                """;
        Portfolio portfolio = IMPORTER.read(json, "resume.json");
        assertThat(portfolio.person().contact()).isNull();
        assertThat(tree(RENDERER.render(portfolio))).isEqualTo(exported(json));
    }

    @Test
    void exportWritesTheEmployerUnderCompanyTooAndImportReadsItBackAsThatCopy() {
        String json = """
                {"basics": {"name": "Ada"}, "work": [{"name": "Analytical Engines", "position": "Programmer"}, {"position": "Tutor"}]}
                """;
        Portfolio portfolio = IMPORTER.read(json, "resume.json");
        String exported = RENDERER.render(portfolio);
        assertThat(tree(exported).at("/work/0/company").asString()).isEqualTo("Analytical Engines");
        assertThat(tree(exported).at("/work/1").has("company")).isFalse();
        io.github.portfoliosdk.model.ReadResult again = IMPORTER.readWithWarnings(exported, "again.json");
        assertThat(again.warnings()).isEmpty();
        assertThat(again.portfolio()).usingRecursiveComparison().isEqualTo(portfolio);
        assertThat(again.portfolio().extensions()).isEmpty();
        assertThat(RENDERER.render(again.portfolio())).isEqualTo(exported);
    }

    @Test
    void skillsOnePerEntryAndProjectHighlightsInTheirOlderFormComeBackEqualAfterExportAndImport() {
        // the export of releases before skills were grouped and projects told problem, solution and impact
        String json = """
                {"basics": {"name": "Ada"},
                 "skills": [{"name": "Python", "level": "Expert", "x-portfolio": {"category": "Languages"}},
                            {"name": "Go", "x-portfolio": {"category": "Languages"}},
                            {"name": "Postgres", "x-portfolio": {"category": "Data"}}],
                 "projects": [{"name": "Engine", "highlights": ["Fast"],
                               "x-portfolio": {"problem": "Slow tables", "impact": "Tables in hours"}}]}
                """;
        Portfolio portfolio = IMPORTER.read(json, "resume.json");
        String exported = RENDERER.render(portfolio);
        Portfolio again = IMPORTER.read(exported, "again.json");
        assertThat(tree(exported).at("/skills/0/keywords").toString()).isEqualTo("[\"Python\",\"Go\"]");
        assertThat(again).usingRecursiveComparison().isEqualTo(portfolio);
        assertThat(portfolio.extensions()).doesNotContainKeys("/skills", "/projects/0/highlights");
        assertThat(RENDERER.render(again)).isEqualTo(exported);
    }
}
