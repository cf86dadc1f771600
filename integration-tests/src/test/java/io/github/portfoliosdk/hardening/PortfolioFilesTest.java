package io.github.portfoliosdk.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.portfoliosdk.model.InvalidPortfolioException;
import io.github.portfoliosdk.model.PortfolioFiles;
import io.github.portfoliosdk.model.PortfolioReader;
import io.github.portfoliosdk.model.Problem;
import io.github.portfoliosdk.model.ReadOptions;
import io.github.portfoliosdk.model.ReadResult;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One entry point reads a portfolio file of any format whose module is present, told apart by content. */
class PortfolioFilesTest {

    private static ReadResult read(String content, String source, ReadOptions options) {
        return PortfolioFiles.read(content.getBytes(StandardCharsets.UTF_8), source, options);
    }

    private static java.util.List<String> problems(String content, String source) {
        return catchThrowableOfType(InvalidPortfolioException.class, () -> read(content, source, ReadOptions.STRICT))
                .problems().stream().map(Problem::toString).toList();
    }

    @Test
    void theReadersOfEveryFormatModuleAreFound() {
        assertThat(PortfolioFiles.readers()).extracting(PortfolioReader::format).containsExactly("json-resume", "native", "pdf");
    }

    @Test
    void ourYamlOurJsonAndJsonResumeAreToldApartByContent() {
        assertThat(read("person:\n  name: Ada\n", "-", ReadOptions.STRICT).format()).isEqualTo("native");
        assertThat(read("{\"person\": {\"name\": \"Ada\"}, \"skills\": []}", "p.json", ReadOptions.STRICT).format()).isEqualTo("native");
        ReadResult resume = read("\uFEFF{\"basics\": {\"name\": \"Ada\"}}", "resume.json", ReadOptions.STRICT);
        assertThat(resume.format()).isEqualTo("json-resume");
        assertThat(resume.portfolio().person().name()).isEqualTo("Ada");
    }

    @Test
    void aJsonFileWithJsonResumeSectionsButNoBasicsIsJsonResumeWithoutAName() {
        assertThat(problems("{\"work\": [{\"name\": \"Acme\"}], \"education\": []}", "resume.json")).containsExactly(
                "resume.json:1:1: basics.name: is required: a JSON Resume document needs basics.name, the person's name");
    }

    @Test
    void problemsAreLocatedAsTheFormatsOwnReaderLocatesThem() {
        assertThat(problems("person:\n  name: Ada\n  headline: [1]\n", "portfolio.yaml")).singleElement().asString()
                .startsWith("portfolio.yaml:3:13: person.headline: ");
        assertThat(problems("{\"basics\": {\"name\": \"Ada\", \"url\": \"javascript:alert(1)\"}}", "resume.json"))
                .singleElement().asString().startsWith("resume.json:1:35: basics.url: must not use the javascript: scheme; "
                        + "a lenient import (lenient(true) in Java, --lenient on the command line) would take it: not shown");
        assertThat(problems("{\"basics\": {\"name\": \"Ada\",}", "resume.json")).singleElement().asString()
                .startsWith("resume.json:1:27: ");
    }

    @Test
    void aLenientReadRepairsAndWarnsWhereAStrictOneRefuses() {
        String resume = "{\"basics\": {\"name\": \"Ada\"}, \"work\": [{\"name\": \"Acme\", \"endDate\": \"Present\"}]}";
        assertThat(problems(resume, "resume.json")).singleElement().asString().contains("not \"Present\"");
        ReadResult lenient = read(resume, "resume.json", ReadOptions.LENIENT);
        assertThat(lenient.warnings()).extracting(Problem::toString).containsExactly(
                "resume.json:1:66: work[0].endDate: \"Present\" read as no end date: the period goes on to the present");
    }

    @Test
    void aFormatCanBeNamedInsteadOfTold() {
        byte[] resume = "{\"basics\": {\"name\": \"Ada\"}}".getBytes(StandardCharsets.UTF_8);
        assertThat(catchThrowableOfType(InvalidPortfolioException.class,
                () -> PortfolioFiles.read(resume, "x.json", "native", ReadOptions.STRICT)).problems())
                .extracting(Problem::path).contains("basics");
        assertThat(PortfolioFiles.read(resume, "x.json", "json-resume", ReadOptions.STRICT).format()).isEqualTo("json-resume");
    }

    @Test
    void anUnknownFormatNameSaysWhichFormatsThereAre() {
        assertThatThrownBy(() -> PortfolioFiles.read(new byte[0], "x", "docx", ReadOptions.STRICT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no reader of the format 'docx' is present; the formats are json-resume, native, pdf");
    }

    @Test
    void aFileIsReadByItsPathAndAFolderIsAnIoError(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("resume.json"), "{\"basics\": {\"name\": \"Ada\"}}");
        assertThat(PortfolioFiles.read(file, ReadOptions.STRICT).portfolio().person().name()).isEqualTo("Ada");
        assertThatThrownBy(() -> PortfolioFiles.read(dir, ReadOptions.STRICT)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("is a folder");
    }
}
