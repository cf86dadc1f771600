package io.github.portfoliosdk.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portfoliosdk.model.InvalidPortfolioException;
import io.github.portfoliosdk.model.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioInputTest {

    @TempDir
    Path dir;

    @Test
    void readsOurYamlAndJsonByTheFilesExtension() throws IOException {
        Path yaml = Files.writeString(dir.resolve("portfolio.yaml"), "person:\n  name: Ada Lovelace\n");
        Path json = Files.writeString(dir.resolve("portfolio.json"), "{\"person\": {\"name\": \"Grace Hopper\"}}");

        assertThat(PortfolioInput.read(yaml, null, false, "portfolio.yaml").portfolio().person().name()).isEqualTo("Ada Lovelace");
        assertThat(PortfolioInput.read(json, "native", false, "portfolio.json").portfolio().person().name()).isEqualTo("Grace Hopper");
    }

    @Test
    void readsThePortfolioInTheLanguageAskedWarningOfEachFallbackAtItsLine() throws IOException {
        Path yaml = Files.writeString(dir.resolve("portfolio.yaml"), """
                person:
                  name: Ada Lovelace
                  headline: {en: Engineer, de: Ingenieurin}
                  summary: Builds systems.
                """);

        ReadResult read = PortfolioInput.read(yaml, null, false, "portfolio.yaml", java.util.Locale.GERMAN);

        assertThat(read.portfolio().person().headline()).isEqualTo("Ingenieurin");
        assertThat(read.warnings()).extracting(Object::toString)
                .containsExactly("portfolio.yaml:4:12: person.summary: no de translation; shown in en");
    }

    @Test
    void readsJsonResumeByContentOrWhenAsked() throws IOException {
        Path resume = Files.writeString(dir.resolve("resume.json"), "{\"basics\": {\"name\": \"Ada Lovelace\"}}");

        assertThat(PortfolioInput.read(resume, null, false, "resume.json").portfolio().person().name()).isEqualTo("Ada Lovelace");
        assertThat(PortfolioInput.read(resume, "json-resume", false, "resume.json").format()).isEqualTo("json-resume");
    }

    @Test
    void leniencyRepairsARealFilesMistakesWithWarnings() throws IOException {
        Path resume = Files.writeString(dir.resolve("resume.json"),
                "{\"basics\": {\"name\": \"Ada Lovelace\"}, \"work\": [{\"name\": \"Acme\", \"startDate\": \"May 2019\"}]}");

        assertThatThrownBy(() -> PortfolioInput.read(resume, null, false, "resume.json"))
                .isInstanceOf(InvalidPortfolioException.class);
        ReadResult read = PortfolioInput.read(resume, null, true, "resume.json");
        assertThat(read.portfolio().roles()).hasSize(1);
        assertThat(read.warnings()).isNotEmpty();
    }

    @Test
    void reportsEveryProblemAtItsLineAndColumnUnderTheGivenName() throws IOException {
        Path yaml = Files.writeString(dir.resolve("portfolio.yaml"), "person:\n  name: Ada\n  headlin: Analyst\n  nme: x\n");

        assertThatThrownBy(() -> PortfolioInput.read(yaml, null, false, "src/portfolio.yaml"))
                .isInstanceOfSatisfying(InvalidPortfolioException.class, invalid -> assertThat(invalid.problems())
                        .extracting(Object::toString)
                        .containsExactly("src/portfolio.yaml:3:3: person.headlin: unknown property, did you mean 'headline'?",
                                "src/portfolio.yaml:4:3: person.nme: unknown property, did you mean 'name'?"));
    }

    @Test
    void aMissingFileOrAnUnknownKindIsAMessageToShow() throws IOException {
        assertThatThrownBy(() -> PortfolioInput.read(dir.resolve("nope.yaml"), "native", false, "nope.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot read nope.yaml: no such file; set <input> to your portfolio file");
        Path yaml = Files.writeString(dir.resolve("portfolio.yaml"), "person:\n  name: Ada\n");
        assertThatThrownBy(() -> PortfolioInput.read(yaml, "xml", false, "portfolio.yaml"))
                .hasMessage("<from>xml</from> is not one of json-resume, native, pdf");
    }
}
