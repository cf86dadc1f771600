package io.github.portfoliosdk.jsonresume;

import static io.github.portfoliosdk.jsonresume.Fixtures.IMPORTER;
import static io.github.portfoliosdk.jsonresume.Fixtures.RENDERER;
import static io.github.portfoliosdk.jsonresume.Fixtures.exported;
import static io.github.portfoliosdk.jsonresume.Fixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Problem;
import io.github.portfoliosdk.model.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Strict import's one rule for an empty string (README, "Empty strings"): it is never refused; where the model holds
 * text it is read as written, where the model holds no text (a date, a URL) it is no value and stays, as written, in
 * the JSON Resume export. Either way the document comes back the same and its portfolio equal.
 */
class JsonResumeEmptyStringsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"basics\": {\"name\": \"Ada\", \"label\": \"\", \"email\": \"\", \"phone\": \"\", \"summary\": \"\", \"url\": \"\", \"image\": \"\"}}",
            "{\"basics\": {\"name\": \"Ada\", \"profiles\": [{\"network\": \"\", \"username\": \"\", \"url\": \"\"}]}}",
            "{\"basics\": {\"name\": \"Ada\"}, \"work\": [{\"name\": \"Acme\", \"position\": \"\", \"summary\": \"\", \"url\": \"\", \"startDate\": \"2019\", \"endDate\": \"\"}]}",
            "{\"basics\": {\"name\": \"Ada\"}, \"work\": [{\"name\": \"Acme\", \"startDate\": \"\"}]}",
            "{\"basics\": {\"name\": \"Ada\"}, \"education\": [{\"institution\": \"MIT\", \"area\": \"\", \"url\": \"\", \"startDate\": \"\", \"endDate\": \"\"}]}",
            "{\"basics\": {\"name\": \"Ada\"}, \"awards\": [{\"title\": \"Prize\", \"date\": \"\"}], \"certificates\": [{\"name\": \"C\", \"date\": \"\"}], \"publications\": [{\"name\": \"P\", \"releaseDate\": \"\"}]}",
            "{\"basics\": {\"name\": \"Ada\"}, \"projects\": [{\"name\": \"Engine\", \"startDate\": \"\", \"endDate\": \"\", \"url\": \"\"}], \"meta\": {\"canonical\": \"\", \"lastModified\": \"\"}}",
            "{\"basics\": {\"name\": \"Ada\"}, \"skills\": [{\"name\": \"\", \"level\": \"\"}], \"languages\": [{\"language\": \"\", \"fluency\": \"\"}]}"})
    void strictNeverRefusesAnEmptyStringAndTheDocumentComesBackTheSame(String json) {
        Portfolio portfolio = IMPORTER.read(json, "resume.json");
        String exported = RENDERER.render(portfolio);
        assertThat(tree(exported)).isEqualTo(exported(json));
        Portfolio again = IMPORTER.read(exported, "again.json");
        assertThat(again).usingRecursiveComparison().isEqualTo(portfolio);
    }

    @Test
    void anEmptyStringIsTextWhereTheModelHoldsTextAndNoValueInADateOrUrl() {
        Portfolio portfolio = IMPORTER.read("""
                {"basics": {"name": "Ada", "summary": "", "email": "", "url": ""},
                 "work": [{"name": "Acme", "position": "", "url": "", "startDate": "2019", "endDate": ""}]}
                """, "resume.json");
        assertThat(portfolio.person().summary()).isEmpty();
        assertThat(portfolio.person().contact().email()).isEmpty();
        assertThat(portfolio.person().contact().website()).isNull();
        assertThat(portfolio.roles().get(0).title()).isEmpty();
        assertThat(portfolio.roles().get(0).organization().url()).isNull();
        assertThat(portfolio.roles().get(0).period().end()).isNull();
        assertThat(portfolio.extensions()).containsOnlyKeys("/basics/url", "/work/0/url", "/work/0/endDate");
    }

    @Test
    void anEmptyEndDateSaysTheEntryShowsAsGoingOnInStrictAndLenientImportsAlike() {
        String json = """
                {"basics": {"name": "Ada"}, "work": [{"name": "Acme", "startDate": "2019", "endDate": ""}]}
                """;
        String warning = "resume.json:1:87: work[0].endDate: \"\" read as no end date: the entry is shown as going on to the present";
        ReadResult strict = IMPORTER.readWithWarnings(json, "resume.json");
        ReadResult lenient = JsonResumeImporter.builder().lenient(true).build().readWithWarnings(json, "resume.json");
        assertThat(strict.warnings()).extracting(Problem::toString).containsExactly(warning);
        assertThat(lenient.warnings()).extracting(Problem::toString).containsExactly(warning);
        assertThat(strict.portfolio()).usingRecursiveComparison().isEqualTo(lenient.portfolio());
    }
}
