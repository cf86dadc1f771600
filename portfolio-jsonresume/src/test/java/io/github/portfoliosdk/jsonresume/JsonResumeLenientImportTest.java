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
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A lenient import repairs what people write, says so at file:line:column, and exports back the original document. */
class JsonResumeLenientImportTest {

    private static final JsonResumeImporter LENIENT = JsonResumeImporter.builder().lenient(true).build();

    private static ReadResult read(String json) {
        return LENIENT.readWithWarnings(json.getBytes(StandardCharsets.UTF_8), "resume.json");
    }

    private static List<String> warnings(String json) {
        return read(json).warnings().stream().map(Problem::toString).toList();
    }

    /** The lenient import's portfolio exports back to the very document read. */
    private static void assertExportsBackTheOriginal(String json) {
        assertThat(tree(RENDERER.render(read(json).portfolio()))).isEqualTo(exported(json));
    }

    @Test
    void emptyStringsNullAndTheWordNullWhereAValueIsOptionalAreReadAsNoValue() {
        String json = """
                {"basics": {"name": "Ada", "email": "", "url": null, "phone": "null"},
                 "work": [{"name": "Acme", "startDate": "2019-05", "endDate": ""}]}
                """;
        assertThat(warnings(json)).as("an empty string says nothing; where it means something, the warning says what").containsExactly(
                "resume.json:1:48: basics.url: null read as no value",
                "resume.json:1:63: basics.phone: \"null\" read as no value",
                "resume.json:2:63: work[0].endDate: \"\" read as no end date: the entry is shown as going on to the present");
        assertThat(read(json).portfolio().person().contact()).isNull();
        assertThat(read(json).portfolio().roles().get(0).period().end()).isNull();
        assertExportsBackTheOriginal(json);
    }

    @Test
    void datesPeopleWriteAreReadAsTheDatesTheyMean() {
        String json = """
                {"basics": {"name": "Ada"},
                 "work": [{"name": "A", "startDate": "May 2019", "endDate": "Present"},
                          {"name": "B", "startDate": "2019/05", "endDate": "12-2019"},
                          {"name": "C", "startDate": "2017-12-24T15:53:00", "endDate": "heute"},
                          {"name": "D", "startDate": "Mar-2022", "endDate": "2023.1"}]}
                """;
        assertThat(warnings(json)).containsExactly(
                "resume.json:2:38: work[0].startDate: \"May 2019\" read as 2019-05",
                "resume.json:2:61: work[0].endDate: \"Present\" read as no end date: the period goes on to the present",
                "resume.json:3:38: work[1].startDate: \"2019/05\" read as 2019-05",
                "resume.json:3:60: work[1].endDate: \"12-2019\" read as 2019-12",
                "resume.json:4:38: work[2].startDate: \"2017-12-24T15:53:00\" read as 2017-12-24",
                "resume.json:4:72: work[2].endDate: \"heute\" read as no end date: the period goes on to the present",
                "resume.json:5:38: work[3].startDate: \"Mar-2022\" read as 2022-03",
                "resume.json:5:61: work[3].endDate: \"2023.1\" read as 2023-01");
        List<Role> roles = read(json).portfolio().roles();
        assertThat(roles.get(0).period().start()).isEqualTo(PartialDate.ofMonth(2019, 5));
        assertThat(roles.get(0).period().end()).isNull();
        assertThat(roles.get(2).period().start()).isEqualTo(PartialDate.parse("2017-12-24"));
        assertExportsBackTheOriginal(json);
    }

    @Test
    void aMonthNamedAfterTheYearIsReadAsThatMonth() {
        String json = """
                {"basics": {"name": "Ada"},
                 "work": [{"name": "A", "startDate": "2020-Jan", "endDate": "2020-JUL"},
                          {"name": "B", "startDate": "2019 May"}]}
                """;
        assertThat(warnings(json)).containsExactly(
                "resume.json:2:38: work[0].startDate: \"2020-Jan\" read as 2020-01",
                "resume.json:2:61: work[0].endDate: \"2020-JUL\" read as 2020-07",
                "resume.json:3:38: work[1].startDate: \"2019 May\" read as 2019-05");
        assertThat(read(json).portfolio().roles().get(0).period().end()).isEqualTo(PartialDate.ofMonth(2020, 7));
        assertExportsBackTheOriginal(json);
    }

    @Test
    void aDayThatDoesNotExistIsDroppedAndTheMonthKept() {
        String json = """
                {"basics": {"name": "Ada"},
                 "work": [{"name": "A", "startDate": "2020-06-00", "endDate": "2024-09-31"},
                          {"name": "B", "startDate": "2018-02-29"}]}
                """;
        assertThat(warnings(json)).containsExactly(
                "resume.json:2:38: work[0].startDate: \"2020-06-00\" read as 2020-06: the day was dropped, 2020-06 has no day 00",
                "resume.json:2:63: work[0].endDate: \"2024-09-31\" read as 2024-09: the day was dropped, 2024-09 has no day 31",
                "resume.json:3:38: work[1].startDate: \"2018-02-29\" read as 2018-02: the day was dropped, 2018-02 has no day 29");
        assertThat(read(json).portfolio().roles().get(0).period().end()).isEqualTo(PartialDate.ofMonth(2024, 9));
        assertExportsBackTheOriginal(json);
    }

    @Test
    void daySlashMonthSlashYearIsReadWhenCertainAndKeptAsTheYearWhenAmbiguous() {
        String json = """
                {"basics": {"name": "Ada"},
                 "work": [{"name": "A", "startDate": "25/12/2020", "endDate": "12/25/2021"},
                          {"name": "B", "startDate": "11/06/2021"}]}
                """;
        assertThat(warnings(json)).containsExactly(
                "resume.json:2:38: work[0].startDate: \"25/12/2020\" read as 2020-12-25: day/month/year, as 25 is no month",
                "resume.json:2:63: work[0].endDate: \"12/25/2021\" read as 2021-12-25: month/day/year, as 25 is no month",
                "resume.json:3:38: work[1].startDate: \"11/06/2021\" read as 2021: 11/06 may be day/month or month/day, so only the year is kept");
        List<Role> roles = read(json).portfolio().roles();
        assertThat(roles.get(0).period().start()).isEqualTo(PartialDate.parse("2020-12-25"));
        assertThat(roles.get(1).period().start()).isEqualTo(PartialDate.parse("2021"));
        assertExportsBackTheOriginal(json);
    }

    @Test
    void aNoteAfterADateIsDropped() {
        String json = """
                {"basics": {"name": "Ada"},
                 "work": [{"name": "A", "startDate": "2013-09", "endDate": "2015-03（1年6个月）"},
                          {"name": "B", "startDate": "2015-03 (1.5 years)"}]}
                """;
        assertThat(warnings(json)).containsExactly(
                "resume.json:2:60: work[0].endDate: \"2015-03（1年6个月）\" read as 2015-03: the note \"（1年6个月）\" dropped",
                "resume.json:3:38: work[1].startDate: \"2015-03 (1.5 years)\" read as 2015-03: the note \"(1.5 years)\" dropped");
        assertThat(read(json).portfolio().roles().get(0).period().end()).isEqualTo(PartialDate.ofMonth(2015, 3));
        assertExportsBackTheOriginal(json);
    }

    @Test
    void urlsWithoutASchemeAreReadAsHttps() {
        String json = """
                {"basics": {"name": "Ada", "url": "www.example.com",
                  "profiles": [{"network": "GitHub", "url": " github.com/ada "}]}}
                """;
        assertThat(warnings(json)).containsExactly(
                "resume.json:1:35: basics.url: \"www.example.com\" read as https://www.example.com",
                "resume.json:2:45: basics.profiles[0].url: \" github.com/ada \" read as https://github.com/ada");
        assertThat(read(json).portfolio().person().contact().website()).isEqualTo("https://www.example.com");
        assertExportsBackTheOriginal(json);
    }

    @Test
    void aLocationGivenAsAStringIsReadAsTheCity() {
        String json = """
                {"basics": {"name": "Ada", "location": "Berlin, Germany"}}
                """;
        assertThat(warnings(json)).containsExactly(
                "resume.json:1:40: basics.location: \"Berlin, Germany\" (a string) read as location.city");
        assertThat(read(json).portfolio().person().location().city()).isEqualTo("Berlin, Germany");
        assertExportsBackTheOriginal(json);
    }

    @Test
    void valuesOfTheWrongTypeAndUrlsTheModelCannotHoldAreKeptInTheExportAndReportedAsNotShown() {
        String json = """
                {"basics": {"name": "Ada", "email": "not an address", "label": true,
                  "profiles": [{"network": "GitHub", "url": "https://github.com/<ada>/"}]},
                 "education": [{"institution": "MIT", "courses": ["Math", false]}],
                 "skills": {"name": "Java"}}
                """;
        assertThat(warnings(json)).containsExactly(
                "resume.json:1:37: basics.email: not shown, kept in the JSON Resume export: must be a well-formed email address",
                "resume.json:1:64: basics.label: true not shown, kept in the JSON Resume export: must be a string",
                "resume.json:2:45: basics.profiles[0].url: not shown, kept in the JSON Resume export: must not contain '<' (column 20): a URI cannot hold it",
                "resume.json:3:59: education[0].courses[1]: false not shown, kept in the JSON Resume export: must be a string",
                "resume.json:4:12: skills: an object not shown, kept in the JSON Resume export: must be an array");
        assertThat(read(json).portfolio().education().get(0).courses()).containsExactly("Math");
        assertExportsBackTheOriginal(json);
    }

    @Test
    void numbersWhereTextIsExpectedAreShownAsText() {
        String json = """
                {"basics": {"name": "Ada", "phone": 4915112345678, "label": 42},
                 "education": [{"institution": "MIT", "score": 3.9, "courses": ["Math", 7]}]}
                """;
        assertThat(warnings(json)).containsExactly(
                "resume.json:1:37: basics.phone: 4915112345678 (a number) used as the text \"4915112345678\"",
                "resume.json:1:61: basics.label: 42 (a number) used as the text \"42\"",
                "resume.json:2:48: education[0].score: 3.9 (a number) used as the text \"3.9\"",
                "resume.json:2:73: education[0].courses[1]: 7 (a number) used as the text \"7\"");
        Portfolio portfolio = read(json).portfolio();
        assertThat(portfolio.person().contact().phone()).isEqualTo("4915112345678");
        assertThat(portfolio.person().headline()).isEqualTo("42");
        assertThat(portfolio.education().get(0).courses()).containsExactly("Math", "7");
        assertExportsBackTheOriginal(json);
    }

    @Test
    void aByteOrderMarkIsSkippedWithAWarning() {
        assertThat(warnings("\uFEFF{\"basics\": {\"name\": \"Ada\"}}")).containsExactly("resume.json:1:1: byte-order mark skipped");
    }

    @Test
    void whatCannotBeRepairedIsStillAnErrorWithItsPlace() {
        assertThat(catchThrowableOfType(InvalidPortfolioException.class, () -> read("""
                {"work": [{"name": "Acme", "startDate": "2019", "endDate": "2020-13"}]}
                """)).problems()).extracting(Problem::toString).containsExactly(
                "resume.json:1:1: basics.name: is required: a JSON Resume document needs basics.name, the person's name",
                "resume.json:1:60: work[0].endDate: '2020-13' is not a real date: month 13 is not between 1 and 12");
        assertThat(catchThrowableOfType(InvalidPortfolioException.class, () -> read("{\"basics\": ")).problems())
                .singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(1));
    }

    @Test
    void anEndDateNoRuleCanReadIsDroppedAndTheWarningSaysTheEntryShowsAsOngoing() {
        String json = """
                {"basics": {"name": "Ada"},
                 "work": [{"name": "Acme", "startDate": "2019", "endDate": "someday"},
                          {"name": "Acme", "startDate": "2019", "endDate": "202-07-15"}]}
                """;
        assertThat(warnings(json)).containsExactly(
                "resume.json:2:60: work[0].endDate: \"someday\" cannot be read as a date, so the end date is dropped: the "
                        + "entry is shown as going on to the present; kept in the JSON Resume export",
                "resume.json:3:60: work[1].endDate: \"202-07-15\" cannot be read as a date, so the end date is dropped: the "
                        + "entry is shown as going on to the present; kept in the JSON Resume export");
        assertThat(read(json).portfolio().roles()).allSatisfy(role -> assertThat(role.period().end()).isNull());
        assertExportsBackTheOriginal(json);
    }

    @Test
    void aStrictImportRefusesTheDatesALenientOneRepairs() {
        assertThat(catchThrowableOfType(InvalidPortfolioException.class, () -> JsonResumeImporter.create().read("""
                {"basics": {"name": "Ada"}, "work": [{"name": "Acme", "startDate": "2020-JUL", "endDate": "2024-09-31"},
                 {"name": "B", "startDate": "25/12/2020", "endDate": "2015-03 (1.5 years)"}]}
                """, "resume.json")).problems()).allSatisfy(p -> assertThat(p.message()).contains("--lenient"))
                .extracting(p -> p.toString().replaceFirst("; a lenient import .*", "")).containsExactly(
                "resume.json:1:68: work[0].startDate: must be a date of the form YYYY, YYYY-MM or YYYY-MM-DD (JSON Resume iso8601), not \"2020-JUL\"",
                "resume.json:1:91: work[0].endDate: '2024-09-31' is not a real date: 2024-09 has no day 31",
                "resume.json:2:29: work[1].startDate: must be a date of the form YYYY, YYYY-MM or YYYY-MM-DD (JSON Resume iso8601), not \"25/12/2020\"",
                "resume.json:2:54: work[1].endDate: must be a date of the form YYYY, YYYY-MM or YYYY-MM-DD (JSON Resume iso8601), not \"2015-03 (1.5 years)\"");
    }

    @Test
    void aStrictImportRefusesWhatALenientOneRepairs() {
        assertThat(catchThrowableOfType(InvalidPortfolioException.class, () -> JsonResumeImporter.create().read("""
                {"basics": {"name": "Ada"}, "work": [{"name": "Acme", "endDate": "Present"}]}
                """, "resume.json")).problems()).extracting(Problem::toString).containsExactly(
                "resume.json:1:66: work[0].endDate: must be a date of the form YYYY, YYYY-MM or YYYY-MM-DD (JSON Resume iso8601), "
                        + "not \"Present\"; a lenient import (lenient(true) in Java, --lenient on the command line) would take it: "
                        + "\"Present\" read as no end date: the period goes on to the present");
    }
}
