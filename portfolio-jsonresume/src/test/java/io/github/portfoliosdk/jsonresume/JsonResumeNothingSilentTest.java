package io.github.portfoliosdk.jsonresume;

import static io.github.portfoliosdk.jsonresume.Fixtures.RENDERER;
import static io.github.portfoliosdk.jsonresume.Fixtures.exported;
import static io.github.portfoliosdk.jsonresume.Fixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.portfoliosdk.model.InvalidPortfolioException;
import io.github.portfoliosdk.model.PartialDate;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Problem;
import io.github.portfoliosdk.model.ReadResult;
import io.github.portfoliosdk.model.Role;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What real files hold beyond the schema is used or named: each key is read (under the other names people give it),
 * or a located warning says it is kept in the JSON Resume export but not shown; each repair says what the reader
 * will see. Every document here exports back to itself.
 */
class JsonResumeNothingSilentTest {

    private static final JsonResumeImporter LENIENT = JsonResumeImporter.builder().lenient(true).build();
    private static final JsonResumeImporter STRICT = JsonResumeImporter.create();

    private static ReadResult read(String json) {
        return LENIENT.readWithWarnings(json.getBytes(StandardCharsets.UTF_8), "resume.json");
    }

    private static List<String> warnings(String json) {
        return read(json).warnings().stream().map(Problem::toString).toList();
    }

    /**
     * The export is the document read, with each job's employer under {@code company} too, or, where a list is kept
     * whole because entries were dropped from it, the document read exactly.
     */
    private static void assertExportsBackTheOriginal(String json) {
        assertThat(tree(RENDERER.render(read(json).portfolio()))).isIn(exported(json), tree(json));
    }

    @Test
    void aKeyOutsideTheSchemaIsNamedWithItsPlaceInStrictAndLenientImports() {
        String json = """
                {"basics": {"name": "Ada", "x_title": "Engineer", "gender": ""},
                 "work": [{"name": "Acme", "position": "Dev", "pinned": true}],
                 "headings": {"work": "Jobs"}}
                """;
        List<String> expected = List.of(
                "resume.json:1:39: basics.x_title: not a JSON Resume property: kept in the JSON Resume export, not shown",
                "resume.json:2:57: work[0].pinned: not a JSON Resume property: kept in the JSON Resume export, not shown",
                "resume.json:3:14: headings: not a JSON Resume property: kept in the JSON Resume export, not shown");
        assertThat(warnings(json)).as("an empty value holds nothing to show").containsExactlyElementsOf(expected);
        assertThat(STRICT.readWithWarnings(json, "resume.json").warnings()).extracting(Problem::toString)
                .containsExactlyElementsOf(expected);
        assertExportsBackTheOriginal(json);
    }

    @Test
    void jobsUnderExperienceAreReadAsWorkAndWrittenBackUnderExperience() {
        String json = """
                {"basics": {"name": "Ada"},
                 "experience": [{"company": "Acme", "position": "Dev", "startDate": "2019-05", "duty": "Build"}]}
                """;
        ReadResult read = read(json);
        Role role = read.portfolio().roles().get(0);
        assertThat(role.organization().name()).isEqualTo("Acme");
        assertThat(role.title()).isEqualTo("Dev");
        assertThat(read.warnings()).extracting(Problem::toString).containsExactly(
                "resume.json:2:16: experience: read as work, the JSON Resume property it stands for",
                "resume.json:2:88: experience[0].duty: not a JSON Resume property: kept in the JSON Resume export, not shown");
        assertExportsBackTheOriginal(json);
        assertThat(STRICT.readWithWarnings(json, "resume.json").warnings()).extracting(Problem::toString).containsExactly(
                "resume.json:2:16: experience: not a JSON Resume property: kept in the JSON Resume export, not shown "
                        + "(a lenient import reads it as work)");
    }

    @Test
    void otherNamesForPropertiesAreReadAsThePropertiesTheyStandFor() {
        String json = """
                {"basics": {"name": "Ada", "title": "Engineer", "tel": "+49 30 1234", "avatar": "https://ada.example/me.png",
                            "location": {"city": "Berlin", "country": "Germany"}},
                 "projects": [{"title": "Engine", "description": "A machine"}],
                 "publications": [{"title": "Notes", "link": "https://ada.example/notes"}],
                 "languages": [{"name": "English", "level": "Native"}]}
                """;
        Portfolio portfolio = read(json).portfolio();
        assertThat(portfolio.person().headline()).isEqualTo("Engineer");
        assertThat(portfolio.person().contact().phone()).isEqualTo("+49 30 1234");
        assertThat(portfolio.person().image()).isEqualTo("https://ada.example/me.png");
        assertThat(portfolio.person().location().country()).contains("Germany");
        assertThat(portfolio.projects().get(0).name()).isEqualTo("Engine");
        assertThat(portfolio.publications().get(0).name()).isEqualTo("Notes");
        assertThat(portfolio.publications().get(0).url()).isEqualTo("https://ada.example/notes");
        assertThat(portfolio.languages().get(0).language()).isEqualTo("English");
        assertThat(portfolio.languages().get(0).fluency()).isEqualTo("Native");
        assertThat(warnings(json)).hasSize(9).allSatisfy(w -> assertThat(w).contains(", the JSON Resume property it stands for"))
                .contains("resume.json:3:25: projects[0].title: read as projects[0].name, the JSON Resume property it stands for");
        assertExportsBackTheOriginal(json);
    }

    @Test
    void emptyEntriesAndJobsWithNeitherPositionNorCompanyAreDroppedWithAWarning() {
        String json = """
                {"basics": {"name": "Ada"},
                 "work": [{"name": "Acme", "position": "Dev"},
                          {"name": "", "position": "", "startDate": "", "highlights": [""]},
                          {"name": "", "position": "", "startDate": "2018", "highlights": ["Shipped it"]}],
                 "education": [{"institution": "", "area": "null"}]}
                """;
        ReadResult read = read(json);
        assertThat(read.portfolio().roles()).extracting(r -> r.organization().name()).containsExactly("Acme");
        assertThat(read.portfolio().education()).isEmpty();
        assertThat(read.warnings()).extracting(Problem::toString).containsExactly(
                "resume.json:3:11: work[1]: an entry with no value in it dropped: nothing is shown for it",
                "resume.json:4:11: work[2]: an entry with neither position nor organization name dropped: not shown, kept in "
                        + "the JSON Resume export",
                "resume.json:5:16: education[0]: an entry with no value in it dropped: nothing is shown for it");
        assertExportsBackTheOriginal(json);
    }

    @Test
    void seasonsAndDatesInWordsAreReadToTheirYear() {
        String json = """
                {"basics": {"name": "Ada"},
                 "work": [{"name": "Acme", "startDate": "Fall 2023", "endDate": "Spring 2025"}]}
                """;
        assertThat(read(json).portfolio().roles().get(0).period().end()).isEqualTo(PartialDate.parse("2025"));
        assertThat(warnings(json)).containsExactly(
                "resume.json:2:41: work[0].startDate: \"Fall 2023\" read as 2023: only the year could be read, so the date is shown as 2023",
                "resume.json:2:65: work[0].endDate: \"Spring 2025\" read as 2025: only the year could be read, so the date is shown as 2025");
        assertExportsBackTheOriginal(json);
    }

    @Test
    void anEndBeforeItsStartIsDroppedAndTheWarningSaysTheEntryShowsAsOngoing() {
        String json = """
                {"basics": {"name": "Ada"},
                 "work": [{"name": "Acme", "startDate": "2020-03", "endDate": "2019-01"}]}
                """;
        assertThat(read(json).portfolio().roles().get(0).period().end()).isNull();
        assertThat(warnings(json)).containsExactly("resume.json:2:63: work[0].endDate: before the start date, so the end "
                + "date is dropped: the entry is shown as going on to the present; kept in the JSON Resume export");
        assertExportsBackTheOriginal(json);
        assertThat(catchThrowableOfType(InvalidPortfolioException.class, () -> STRICT.read(json, "resume.json")).problems())
                .extracting(Problem::message).singleElement().asString().startsWith("2019-01 is before the start 2020-03")
                .contains("--lenient");
    }

    @Test
    void aLineBreakWrittenAsCarriageReturnAndLineFeedIsReadAsALineFeed() {
        String json = """
                {"basics": {"name": "Ada"}, "references": [{"name": "Bob", "reference": "Kind.\\r\\nSharp."}]}
                """;
        assertThat(read(json).portfolio().references().get(0).reference()).isEqualTo("Kind.\nSharp.");
        assertThat(warnings(json)).containsExactly("resume.json:1:73: references[0].reference: line breaks written as CR LF "
                + "(or CR) read as LF; the text is shown as written");
        assertExportsBackTheOriginal(json);
    }

    @Test
    void aDuplicateKeyKeepsTheValueWithContentAndTwoValuesWithContentAreStillAnError() {
        String json = """
                {"basics": {"name": "Ada"}, "work": [{"name": "Acme", "highlights": [], "highlights": ["Shipped"]}]}
                """;
        assertThat(read(json).portfolio().roles().get(0).highlights()).containsExactly("Shipped");
        assertThat(warnings(json)).containsExactly("resume.json:1:73: work[0].highlights: duplicate key \"highlights\": the "
                + "empty value before it dropped, the one with content kept");
        assertExportsBackTheOriginal(json);
        assertThat(catchThrowableOfType(InvalidPortfolioException.class, () -> read("""
                {"basics": {"name": "Ada", "label": "A", "label": "B"}}
                """)).problems()).extracting(Problem::toString)
                .containsExactly("resume.json:1:42: basics.label: duplicate key \"label\" in one object, with content both times");
    }

    @Test
    void aJobWithBothCompanyAndNameKeepsBothThroughTheRoundTrip() {
        String json = """
                {"basics": {"name": "Ada"}, "work": [{"company": "VMware Ltd", "name": "VMWare Ltd", "position": "Dev"}]}
                """;
        Portfolio portfolio = STRICT.read(json, "resume.json");
        assertThat(portfolio.roles().get(0).organization().name()).isEqualTo("VMWare Ltd");
        assertThat(tree(RENDERER.render(portfolio))).isEqualTo(exported(json));
    }

    @Test
    void everyReadFormGivesTheWarnings(@TempDir Path dir) throws Exception {
        String json = """
                {"basics": {"name": "Ada"}, "work": [{"name": "Acme", "endDate": "Present"}]}
                """;
        Path file = Files.writeString(dir.resolve("resume.json"), json);
        String warning = "work[0].endDate: \"Present\" read as no end date: the period goes on to the present";
        assertThat(LENIENT.readWithWarnings(file).warnings()).extracting(Problem::toString)
                .containsExactly(file + ":1:66: " + warning);
        assertThat(LENIENT.readWithWarnings(json, "resume.json").warnings()).extracting(Problem::toString)
                .containsExactly("resume.json:1:66: " + warning);
        assertThat(LENIENT.readWithWarnings(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "in")
                .warnings()).extracting(Problem::toString).containsExactly("in:1:66: " + warning);
    }
}
