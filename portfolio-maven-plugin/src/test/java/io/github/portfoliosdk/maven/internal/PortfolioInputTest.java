package io.github.portfoliosdk.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portfoliosdk.model.InvalidPortfolioException;
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

        assertThat(PortfolioInput.read(yaml, "native", "portfolio.yaml").person().name()).isEqualTo("Ada Lovelace");
        assertThat(PortfolioInput.read(json, "native", "portfolio.json").person().name()).isEqualTo("Grace Hopper");
    }

    @Test
    void readsJsonResumeWhenAsked() throws IOException {
        Path resume = Files.writeString(dir.resolve("resume.json"), "{\"basics\": {\"name\": \"Ada Lovelace\"}}");

        assertThat(PortfolioInput.read(resume, "json-resume", "resume.json").person().name()).isEqualTo("Ada Lovelace");
    }

    @Test
    void reportsEveryProblemAtItsLineAndColumnUnderTheGivenName() throws IOException {
        Path yaml = Files.writeString(dir.resolve("portfolio.yaml"), "person:\n  name: Ada\n  headlin: Analyst\n  nme: x\n");

        assertThatThrownBy(() -> PortfolioInput.read(yaml, "native", "src/portfolio.yaml"))
                .isInstanceOfSatisfying(InvalidPortfolioException.class, invalid -> assertThat(invalid.problems())
                        .extracting(Object::toString)
                        .containsExactly("src/portfolio.yaml:3:3: person.headlin: unknown property, did you mean 'headline'?",
                                "src/portfolio.yaml:4:3: person.nme: unknown property, did you mean 'name'?"));
    }

    @Test
    void aMissingFileOrAnUnknownKindIsAMessageToShow() throws IOException {
        assertThatThrownBy(() -> PortfolioInput.read(dir.resolve("nope.yaml"), "native", "nope.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot read nope.yaml: no such file; set <input> to your portfolio file");
        Path yaml = Files.writeString(dir.resolve("portfolio.yaml"), "person:\n  name: Ada\n");
        assertThatThrownBy(() -> PortfolioInput.read(yaml, "xml", "portfolio.yaml"))
                .hasMessage("<from>xml</from> is not native or json-resume");
    }
}
