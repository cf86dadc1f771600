package io.github.portfoliosdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.portfoliosdk.json.PortfolioFormat;
import io.github.portfoliosdk.testing.Checkers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The showcase file as an editor sees it: its modeline points the YAML language server at the format's JSON
 * Schema, and the file is valid against that schema.
 */
class ShowcaseFileTest {

    private static final String MODELINE_PREFIX = "# yaml-language-server: $schema=";

    @Test
    void startsWithAModelineWhoseSchemaPathResolvesToThePublishedSchema() throws IOException {
        Path file = Checkers.showcaseFile();
        String firstLine = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);

        assertThat(firstLine).startsWith(MODELINE_PREFIX);
        Path schema = file.toAbsolutePath().getParent().resolve(firstLine.substring(MODELINE_PREFIX.length())).normalize();
        assertThat(schema).as("the modeline's schema").isRegularFile()
                .endsWith(Path.of("portfolio-json", "src", "main", "resources", "io", "github", "portfoliosdk", "json",
                        "portfolio.schema.json"));
        assertThat(Files.readString(schema, StandardCharsets.UTF_8))
                .as("the schema in the source tree is the one portfolio-json publishes (reinstall portfolio-json if not)")
                .isEqualTo(PortfolioFormat.schema());
    }

    @Test
    void isValidAgainstTheFormatsJsonSchema() throws IOException {
        String yaml = Files.readString(Checkers.showcaseFile(), StandardCharsets.UTF_8);

        List<Error> errors = formatSchema().validate(yaml, InputFormat.YAML);

        assertThat(errors).as("schema errors in the showcase").isEmpty();
    }

    @Test
    void theSchemaCheckFindsAMisspeltFieldAndAnUnknownLevelInTheShowcase() throws IOException {
        String yaml = Files.readString(Checkers.showcaseFile(), StandardCharsets.UTF_8)
                .replace("{ name: Python, level: expert,", "{ name: Python, level: guru,")
                .replace("          - edgeLabel: MISS", "          - edgelabel: MISS");

        List<String> locations = formatSchema().validate(yaml, InputFormat.YAML).stream()
                .map(error -> error.getInstanceLocation().toString())
                .toList();

        assertThat(locations).containsExactlyInAnyOrder("/skills/0/level", "/designNotes/1/flows/0/stages/3");
    }

    private static Schema formatSchema() {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(PortfolioFormat.schema(), InputFormat.JSON);
    }

    @Test
    void isTheFileBundledOnTheClassPath() throws IOException {
        String bundled;
        try (var in = Showcase.class.getResourceAsStream("/" + Showcase.RESOURCE)) {
            assertThat(in).as(Showcase.RESOURCE + " on the class path").isNotNull();
            bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(bundled).isEqualTo(Files.readString(Checkers.showcaseFile(), StandardCharsets.UTF_8));
    }
}
