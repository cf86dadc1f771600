package io.github.portfoliosdk.jsonresume;

import static io.github.portfoliosdk.jsonresume.Fixtures.IMPORTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.portfoliosdk.model.InvalidPortfolioException;
import io.github.portfoliosdk.model.Problem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonResumeImporterErrorsTest {

    /** What a strict refusal adds to a problem that a lenient import would repair, before the lenient warning. */
    private static final String LENIENT_TAKES_IT = "a lenient import (lenient(true) in Java, --lenient on the command line) would take it: ";

    private static List<String> problems(String json) {
        return catchThrowableOfType(InvalidPortfolioException.class, () -> IMPORTER.read(json, "resume.json"))
                .problems().stream().map(Problem::toString).toList();
    }

    @Test
    void aSyntaxErrorHasItsLineAndColumn() {
        assertThat(problems("{\n  \"basics\": {\"name\": \"Ada\",}\n}"))
                .singleElement().asString()
                .isEqualTo("resume.json:2:28: basics: not valid JSON: Unexpected character ('}' (code 125)): was expecting double-quote to start property name");
    }

    @Test
    void schemaAndModelProblemsAreReportedTogetherInDocumentOrder() {
        String json = """
                {
                  "basics": {"label": 5, "url": "javascript:alert(1)"},
                  "work": [
                    {"startDate": "2020-13"},
                    {"startDate": "2018-02-29"},
                    {"startDate": "2020-05", "endDate": "2019"},
                    {"startDate": "2019-7", "highlights": "not a list"}
                  ],
                  "skills": {}
                }
                """;
        assertThat(problems(json)).containsExactly(
                "resume.json:2:13: basics.name: is required: a JSON Resume document needs basics.name, the person's name",
                "resume.json:2:23: basics.label: must be a string",
                "resume.json:2:33: basics.url: must not use the javascript: scheme",
                "resume.json:4:5: work[0]: needs a title or an organization name",
                "resume.json:4:19: work[0].startDate: '2020-13' is not a real date: month 13 is not between 1 and 12",
                "resume.json:5:5: work[1]: needs a title or an organization name",
                "resume.json:5:19: work[1].startDate: '2018-02-29' is not a real date: 2018-02 has no day 29",
                "resume.json:6:5: work[2]: needs a title or an organization name",
                "resume.json:6:41: work[2].endDate: 2019 is before the start 2020-05",
                "resume.json:7:5: work[3]: needs a title or an organization name",
                "resume.json:7:19: work[3].startDate: must be a date of the form YYYY, YYYY-MM or YYYY-MM-DD (JSON Resume iso8601), not \"2019-7\"",
                "resume.json:7:43: work[3].highlights: must be an array of strings",
                "resume.json:9:13: skills: must be an array");
    }

    @Test
    void problemsAfterAnEntryOfTheWrongTypeStillPointAtTheirOwnEntry() {
        assertThat(problems("""
                {"basics": {"name": "Ada"},
                 "work": ["not an object", {"startDate": "2020", "endDate": "2019"}]}
                """)).containsExactly(
                "resume.json:2:11: work[0]: must be an object; " + LENIENT_TAKES_IT + "\"not an object\" not shown, kept in the "
                        + "JSON Resume export: must be an object",
                "resume.json:2:28: work[1]: needs a title or an organization name; " + LENIENT_TAKES_IT + "an entry with "
                        + "neither position nor organization name dropped: not shown, kept in the JSON Resume export",
                "resume.json:2:61: work[1].endDate: 2019 is before the start 2020");
    }

    @Test
    void aMissingNameIsAnError() {
        assertThat(problems("{}")).containsExactly(
                "resume.json:1:1: basics.name: is required: a JSON Resume document needs basics.name, the person's name");
        assertThat(problems("{\"work\": [{\"name\": \"Acme\"}]}")).containsExactly(
                "resume.json:1:1: basics.name: is required: a JSON Resume document needs basics.name, the person's name");
        assertThat(problems("{\"basics\": {\"name\": \"  \"}}")).containsExactly("resume.json:1:21: basics.name: must not be blank");
    }

    @Test
    void unsafeUrlsAndControlCharactersAreErrors() {
        assertThat(problems("""
                {"basics": {"name": "Ada\\u0007", "image": "javascript:alert(1)",
                 "profiles": [{"url": "data:text/html,x"}]},
                 "projects": [{"url": "relative/path"}]}
                """)).containsExactly(
                "resume.json:1:21: basics.name: must not contain control characters other than line feed and tab",
                "resume.json:1:43: basics.image: must not use the javascript: scheme",
                "resume.json:2:23: basics.profiles[0].url: must not use the data: scheme",
                "resume.json:3:23: projects[0].url: must be an absolute URI (JSON Resume format \"uri\")");
    }

    @Test
    void ourOwnPropertiesAreCheckedToo() {
        assertThat(problems("""
                {"basics": {"name": "Ada"},
                 "work": [{"x-portfolio": {"kind": "volunteer", "workMode": "sometimes"}}],
                 "projects": [{"x-portfolio": {"roleId": "nobody"}}],
                 "x-portfolio": {"roleOrder": ["/work/5"]}}
                """)).containsExactly(
                "resume.json:2:11: work[0]: needs a title or an organization name",
                "resume.json:2:36: work[0].x-portfolio.kind: must be \"job\" or \"internship\" (volunteer roles belong in volunteer)",
                "resume.json:2:61: work[0].x-portfolio.workMode: must be \"onsite\", \"remote\" or \"hybrid\"",
                "resume.json:3:42: projects[0].x-portfolio.roleId: no role has the id 'nobody' (no role has an id)",
                "resume.json:4:31: x-portfolio.roleOrder: must list each entry of work and volunteer exactly once, as JSON Pointers such as \"/work/0\" and \"/volunteer/0\"");
    }

    @Test
    void aPortraitForDarkThemesNeedsASafeUrlAndOneForLightThemes() {
        assertThat(problems("""
                {"basics": {"name": "Ada", "x-portfolio": {"imageDark": "https://example.com/ada-dark.png"}}}
                """)).containsExactly("resume.json:1:57: basics.x-portfolio.imageDark: needs image, the portrait for light themes; "
                + LENIENT_TAKES_IT + "not shown, kept in the "
                + "JSON Resume export: needs image, the portrait for light themes");
        assertThat(problems("""
                {"basics": {"name": "Ada", "image": "https://example.com/ada.png",
                 "x-portfolio": {"imageDark": "javascript:alert(1)"}}}
                """)).containsExactly("resume.json:2:31: basics.x-portfolio.imageDark: must not use the javascript: scheme; "
                + LENIENT_TAKES_IT + "not shown, kept in the "
                + "JSON Resume export: must not use the javascript: scheme");
    }

    @Test
    void theDocumentMustBeAnObject() {
        assertThat(problems("[1, 2]")).containsExactly("resume.json:1:1: a JSON Resume document must be a JSON object");
        assertThat(problems("")).containsExactly("resume.json:1:1: the document is empty; expected a JSON object");
        assertThat(problems("{\"basics\": {\"name\": \"Ada\"}} {}")).singleElement().asString()
                .isEqualTo("resume.json:1:29: unexpected content after the JSON value");
    }

    @Test
    void duplicateKeysAreAnError() {
        assertThat(problems("{\"basics\": {\"name\": \"Ada\",\n \"name\": \"Eve\"}}"))
                .containsExactly("resume.json:2:2: basics.name: duplicate key \"name\" in one object");
    }

    @Test
    void invalidUtf8IsAnError() {
        byte[] bytes = "{\"basics\": {\"name\": \"Ad\u00e9 \"}}".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[bytes.length];
        System.arraycopy(bytes, 0, broken, 0, bytes.length);
        broken[23] = (byte) 0xFF;
        InvalidPortfolioException e = catchThrowableOfType(InvalidPortfolioException.class,
                () -> IMPORTER.read(new ByteArrayInputStream(broken), "resume.json"));
        assertThat(e.problems()).singleElement().asString()
                .isEqualTo("resume.json:1:24: invalid UTF-8: byte 0xFF at offset 23 does not start or continue a character");
    }

    @Test
    void anUnpairedSurrogateIsAnError() {
        assertThat(problems("{\"basics\": {\"name\": \"Ada \\ud83d\"}}"))
                .containsExactly("resume.json:1:21: basics.name: the text holds an unpaired surrogate \\ud83d, which is not a Unicode character");
        assertThat(IMPORTER.read("{\"basics\": {\"name\": \"Ada \\ud83d\\ude80\"}}", "resume.json").person().name()).isEqualTo("Ada \uD83D\uDE80");
    }

    @Test
    void aMissingFileIsAnIoError() {
        assertThatThrownBy(() -> IMPORTER.read(java.nio.file.Path.of("no/such/resume.json")))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageContaining("no/such/resume.json");
    }

    @Test
    void deepNestingIsBounded() {
        String deep = "{\"basics\": {\"name\": \"Ada\"}, \"x-deep\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertThat(problems(deep)).singleElement().asString()
                .startsWith("resume.json:1:138: x-deep[0][0]").endsWith("…: arrays and objects nest more than 100 levels deep, the limit");
    }

    @Test
    void hugeStringsAndNumbersAreBounded() {
        JsonResumeImporter small = JsonResumeImporter.builder().maxStringLength(1000).build();
        assertThatThrownBy(() -> small.read("{\"basics\": {\"name\": \"" + "a".repeat(5000) + "\"}}", "resume.json"))
                .isInstanceOf(InvalidPortfolioException.class)
                .hasMessageContaining("String value length (5000) exceeds the maximum allowed (1000");
        assertThatThrownBy(() -> IMPORTER.read("{\"basics\": {\"name\": \"Ada\"}, \"x-n\": " + "9".repeat(2000) + "}", "resume.json"))
                .isInstanceOf(InvalidPortfolioException.class)
                .hasMessageContaining("Number value length (2000) exceeds the maximum allowed (1000");
    }

    @Test
    void aDocumentOverTheSizeLimitIsRefusedBeforeParsing() {
        JsonResumeImporter tiny = JsonResumeImporter.builder().maxDocumentBytes(100).build();
        byte[] big = ("{\"basics\": {\"name\": \"" + "a".repeat(200) + "\"}}").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> tiny.read(new ByteArrayInputStream(big), "resume.json"))
                .isInstanceOf(InvalidPortfolioException.class)
                .hasMessageContaining("resume.json:1:1: the document has 101 bytes or more, over the limit of 100");
    }
}
