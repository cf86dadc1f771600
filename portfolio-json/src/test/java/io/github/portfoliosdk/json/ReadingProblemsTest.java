package io.github.portfoliosdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.portfoliosdk.model.InvalidPortfolioException;
import io.github.portfoliosdk.model.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every problem of a file is reported at once, each as {@code file:line:column: path: message}, in document
 * order; only a syntax error stops reading early.
 */
class ReadingProblemsTest {

    @Test
    void aPeriodEndingBeforeItStartsIsReportedAtTheEnd() {
        assertThat(yamlProblems("""
                person:
                  name: Ada
                roles:
                  - title: Analyst
                    period:
                      start: 1843-05
                      end: 1842-01
                """)).containsExactly(
                "portfolio.yaml:7:12: roles[0].period.end: 1842-01 is before the start 1843-05");
    }

    @Test
    void aCustomSectionsProblemsAreReportedAtTheirPlace() {
        assertThat(yamlProblems("""
                person:
                  name: Ada
                customSections:
                  - id: talks
                    title: Talks
                    entries:
                      - title: Caching
                        date: 2025-13
                        url: javascript:alert(1)
                  - id: talks
                    title: More talks
                  - id: work
                    title: Work
                    entries:
                      - subtitel: JavaLand
                """)).containsExactly(
                "portfolio.yaml:8:15: customSections[0].entries[0].date: '2025-13' is not a real date: month 13 is not between 1 and 12",
                "portfolio.yaml:9:14: customSections[0].entries[0].url: must not use the javascript: scheme",
                "portfolio.yaml:10:9: customSections[1].id: duplicate id 'talks', also used by customSections[0].id",
                "portfolio.yaml:12:9: customSections[2].id: section id 'work' is the id of a built-in section",
                "portfolio.yaml:15:9: customSections[2].entries[0].subtitel: unknown property, did you mean 'subtitle'?");
    }

    @Test
    void aContentLanguageThatIsNoLanguageTagIsReportedAtItsValue() {
        assertThat(yamlProblems("""
                language: english!
                person:
                  name: Ada
                """)).singleElement().asString()
                .startsWith("portfolio.yaml:1:11: language: \"english!\" is not a BCP 47 language tag (en, de, pt-BR)");
    }

    @Test
    void anUnknownPropertyCloseToAKnownOneGetsADidYouMean() {
        assertThat(yamlProblems("""
                person:
                  name: Ada
                  headlin: Analyst
                """)).containsExactly("portfolio.yaml:3:3: person.headlin: unknown property, did you mean 'headline'?");
    }

    @Test
    void snakeCaseAndOtherCaseAreSuggestedInCamelCase() {
        assertThat(yamlProblems("""
                person:
                  name: Ada
                roles:
                  - work_mode: remote
                    Title: Analyst
                """)).containsExactly(
                "portfolio.yaml:4:5: roles[0].work_mode: unknown property, did you mean 'workMode'?",
                "portfolio.yaml:5:5: roles[0].Title: unknown property, did you mean 'title'?");
    }

    @Test
    void anUnknownPropertyFarFromAnyListsTheKnownOnes() {
        assertThat(yamlProblems("""
                person:
                  name: Ada
                  contact:
                    pager: 555
                """)).containsExactly("portfolio.yaml:4:5: person.contact.pager: unknown property; "
                + "a Contact has email, phone, website");
    }

    @Test
    void aWrongTypeSaysWhatWasExpectedAndFound() {
        assertThat(yamlProblems("""
                person:
                  name: [Ada, Lovelace]
                  about: One paragraph.
                  location: Chennai
                """)).containsExactly(
                "portfolio.yaml:2:9: person.name: expected text but found a list",
                "portfolio.yaml:3:10: person.about: expected a list but found text",
                "portfolio.yaml:4:13: person.location: expected an object with properties of a Location but found text");
    }

    @Test
    void aDateThatDoesNotExistIsReportedWithTheReason() {
        assertThat(yamlProblems("""
                person:
                  name: Ada
                roles:
                  - period:
                      start: 2020-13
                      end: 2018-02-29
                  - period:
                      start: Feb 2020
                      end: 3001-02
                """)).containsExactly(
                "portfolio.yaml:5:14: roles[0].period.start: '2020-13' is not a real date: month 13 is not between 1 and 12",
                "portfolio.yaml:6:12: roles[0].period.end: '2018-02-29' is not a real date: 2018-02 has no day 29",
                "portfolio.yaml:8:14: roles[1].period.start: 'Feb 2020' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD",
                "portfolio.yaml:9:12: roles[1].period.end: '3001-02' is not a real date: year 3001 is not between 1000 and 2999");
    }

    @Test
    void anUnknownEnumValueListsTheAllowedOnes() {
        assertThat(yamlProblems("""
                person:
                  name: Ada
                skills:
                  - name: Python
                    level: guru
                """)).containsExactly(
                "portfolio.yaml:5:12: skills[0].level: expected one of beginner, intermediate, advanced, expert but found 'guru'");
    }

    @Test
    void aMissingRequiredPropertyIsReportedAtTheObjectThatLacksIt() {
        assertThat(yamlProblems("""
                person:
                  headline: Analyst
                designNotes:
                  - id: engines
                    body: [Notes on the engine.]
                """)).containsExactly(
                "portfolio.yaml:2:3: person.name: is required",
                "portfolio.yaml:4:5: designNotes[0].title: is required");
    }

    @Test
    void aMissingPersonIsReportedAtTheDocument() {
        assertThat(yamlProblems("""
                roles: []
                """)).containsExactly("portfolio.yaml:1:1: person: is required");
    }

    @Test
    void validationProblemsPointAtTheOffendingValue() {
        assertThat(yamlProblems("""
                person:
                  name: Ada
                  contact:
                    email: not an address
                    website: https://example.com/<me>
                projects:
                  - id: engine
                    roleId: analyst
                  - id: engine
                """)).containsExactly(
                "portfolio.yaml:4:12: person.contact.email: must be a well-formed email address",
                "portfolio.yaml:5:14: person.contact.website: must not contain '<' (column 21): a URI cannot hold it",
                "portfolio.yaml:8:13: projects[0].roleId: no role has the id 'analyst' (no role has an id)",
                "portfolio.yaml:9:9: projects[1].id: duplicate id 'engine', also used by projects[0].id");
    }

    @Test
    void anUnknownReferenceSuggestsTheIdItProbablyMeant() {
        assertThat(yamlProblems("""
                person:
                  name: Ada
                roles:
                  - id: analytical-engines
                    title: Analyst
                projects:
                  - id: note-g
                    name: Note G
                    roleId: analytical-engine
                designNotes:
                  - id: cards
                    title: Cards
                    usedIn:
                      - project: note-h
                """)).containsExactly(
                "portfolio.yaml:9:13: projects[0].roleId: no role has the id 'analytical-engine' "
                        + "(did you mean 'analytical-engines'?)",
                "portfolio.yaml:14:18: designNotes[0].usedIn[0].project: no project has the id 'note-h' "
                        + "(did you mean 'note-g'?)");
    }

    @Test
    void aRoleWithNeitherTitleNorOrganizationIsReportedAtTheRole() {
        assertThat(yamlProblems("""
                person:
                  name: Ada
                roles:
                  - title: Analyst
                  - period:
                      start: 1843-05
                    organization:
                      url: https://example.com/
                """)).containsExactly(
                "portfolio.yaml:5:5: roles[1]: needs a title or an organization name");
    }

    @Test
    void aPortraitForDarkThemesWithoutOneForLightThemesIsReportedAtIt() {
        assertThat(yamlProblems("""
                person:
                  name: Ada
                  imageDark: https://example.com/ada-dark.png
                """)).containsExactly("portfolio.yaml:3:14: person.imageDark: needs image, the portrait for light themes");
        assertThat(jsonProblems("""
                {"person": {"name": "Ada", "imageDark": "javascript:alert(1)", "image": "https://example.com/ada.png"}}
                """)).containsExactly("portfolio.json:1:41: person.imageDark: must not use the javascript: scheme");
    }

    @Test
    void aFileWithSeveralKindsOfProblemsReportsAllInDocumentOrder() {
        InvalidPortfolioException e = catchThrowableOfType(InvalidPortfolioException.class,
                () -> PortfolioFormat.yaml().read("""
                        person:
                          name: Ada
                          name: Augusta
                          email: ada@example.com
                        roles:
                          - title: Analyst
                            workMode: office
                            period:
                              start: 1843-05
                              end: 1842-01
                        skills:
                          - name: Mathematics
                            level: expert
                            levle: expert
                        """, "portfolio.yaml"));
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "portfolio.yaml:3:3: person.name: duplicate property 'name', already given at line 2, column 3",
                "portfolio.yaml:4:3: person.email: unknown property; a Person has name, headline, tagline, summary, "
                        + "about, keywords, location, contact, profiles, image, imageDark, availability, metrics, focus",
                "portfolio.yaml:7:15: roles[0].workMode: expected one of onsite, remote, hybrid but found 'office'",
                "portfolio.yaml:10:12: roles[0].period.end: 1842-01 is before the start 1843-05",
                "portfolio.yaml:14:5: skills[0].levle: unknown property, did you mean 'level'?");
        assertThat(e.getMessage()).startsWith("5 problems" + System.lineSeparator()
                + "portfolio.yaml:3:3: person.name: duplicate property");
    }

    @Test
    void eachProblemCarriesItsPartsAsData() {
        Problem problem = catchThrowableOfType(InvalidPortfolioException.class,
                () -> PortfolioFormat.yaml().read("person:\n  name: Ada\n  headlin: x\n", "me.yaml")).problems().get(0);
        assertThat(problem).isEqualTo(new Problem("me.yaml", 3, 3, "person.headlin", "unknown property, did you mean 'headline'?"));
    }

    @Test
    void aYamlSyntaxErrorStopsReadingAndIsLocated() {
        assertThat(yamlProblems("""
                person:
                  name: Ada: Lovelace
                """)).containsExactly("portfolio.yaml:2:12: syntax error: mapping values are not allowed here");
    }

    @Test
    void anUnclosedQuoteNamesWhereTheQuotedTextStarted() {
        assertThat(yamlProblems("""
                person:
                  name: "Ada
                """)).containsExactly("portfolio.yaml:3:1: syntax error: found unexpected end of stream, "
                + "while scanning a quoted scalar that starts at line 2, column 9");
    }

    @Test
    void aJsonSyntaxErrorIsLocated() {
        assertThat(jsonProblems("{\n  \"person\": {\"name\": \"Ada\",}\n}\n")).containsExactly(
                "portfolio.json:2:28: syntax error: Unexpected character ('}' (code 125)): "
                        + "was expecting double-quote to start property name");
    }

    @Test
    void jsonProblemsAreLocatedAndAllReportedToo() {
        assertThat(jsonProblems("""
                {
                  "person": {"name": "Ada", "headlin": "Analyst"},
                  "roles": {"title": "Analyst"}
                }
                """)).containsExactly(
                "portfolio.json:2:29: person.headlin: unknown property, did you mean 'headline'?",
                "portfolio.json:3:12: roles: expected a list but found an object");
    }

    @Test
    void anEmptyDocumentIsAProblem() {
        assertThat(yamlProblems("")).containsExactly("portfolio.yaml:1:1: the document is empty");
        assertThat(jsonProblems("  \n")).containsExactly("portfolio.json:1:1: the document is empty");
    }

    @Test
    void aDocumentThatIsNotAnObjectIsAProblem() {
        assertThat(yamlProblems("- Ada\n")).containsExactly(
                "portfolio.yaml:1:1: expected an object with properties of a Portfolio but found a list");
    }

    @Test
    void aDocumentThatIsNullIsAProblem() {
        assertThat(yamlProblems("null\n")).containsExactly(
                "portfolio.yaml:1:1: expected an object with properties of a Portfolio but found nothing");
        assertThat(jsonProblems("null")).containsExactly(
                "portfolio.json:1:1: expected an object with properties of a Portfolio but found nothing");
    }

    @Test
    void oneFileHoldsOneYamlDocument() {
        assertThat(yamlProblems("""
                person:
                  name: Ada
                ---
                person:
                  name: Charles
                """)).containsExactly(
                "portfolio.yaml:4:1: a second YAML document is not allowed; one file holds one portfolio");
    }

    @Test
    void contentAfterTheJsonDocumentIsAProblem() {
        assertThat(jsonProblems("{\"person\": {\"name\": \"Ada\"}} {}")).containsExactly(
                "portfolio.json:1:29: unexpected content after the end of the document");
    }

    @Test
    void anEmptyListItemIsAProblem() {
        assertThat(yamlProblems("""
                person:
                  name: Ada
                  about:
                    - First.
                    -
                """)).containsExactly("portfolio.yaml:5:6: person.about[1]: empty list item; remove it or give it a value");
    }

    @Test
    void extensionsMustBeJsonPointersToJsonText() {
        assertThat(yamlProblems("""
                person:
                  name: Ada
                extensions:
                  /basics/x-a: '{"open": 1'
                  basics/x-b: '1'
                  /basics/x-c: 5
                """)).containsExactly(
                "portfolio.yaml:4:16: extensions[/basics/x-a]: expected JSON text: "
                        + "Unexpected end-of-input: expected close marker for Object",
                "portfolio.yaml:5:3: extensions[basics/x-b]: expected a JSON Pointer starting with '/'",
                "portfolio.yaml:6:16: extensions[/basics/x-c]: expected JSON text as a string but found the number 5");
    }

    private static List<String> yamlProblems(String yaml) {
        return problems(PortfolioFormat.yaml(), yaml, "portfolio.yaml");
    }

    private static List<String> jsonProblems(String json) {
        return problems(PortfolioFormat.json(), json, "portfolio.json");
    }

    private static List<String> problems(PortfolioFormat format, String content, String source) {
        InvalidPortfolioException e = catchThrowableOfType(InvalidPortfolioException.class,
                () -> format.read(content, source));
        assertThat(e).as("reading should fail").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }
}
