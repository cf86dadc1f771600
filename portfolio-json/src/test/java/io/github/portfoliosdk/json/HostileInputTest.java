package io.github.portfoliosdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.portfoliosdk.model.InvalidPortfolioException;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Problem;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Hostile input cannot hurt: every bound holds, nothing but an {@link InvalidPortfolioException} with a
 * location comes out, and text full of YAML and JSON syntax survives a round trip unchanged.
 */
class HostileInputTest {

    private static final UnaryOperator<String> SYNTAX_IN_TEXT = text -> "- " + text
            + " : # \"quoted\" 'single' {braces} [brackets] & * ! | > % @ ` \\ ~ null true 0x1F 1e3"
            + "\n  second line\twith tab, trailing space ";

    @Test
    void textFullOfSyntaxRoundTripsThroughYaml() {
        Portfolio hostile = SamplePortfolios.full(SYNTAX_IN_TEXT, "https://example.com/a?b=1&c=%22#d");
        String yaml = PortfolioFormat.yaml().write(hostile);
        assertThat(PortfolioFormat.yaml().read(yaml, "hostile.yaml")).isEqualTo(hostile);
    }

    @Test
    void textFullOfSyntaxRoundTripsThroughJson() {
        Portfolio hostile = SamplePortfolios.full(SYNTAX_IN_TEXT, "https://example.com/a?b=1&c=%22#d");
        String json = PortfolioFormat.json().write(hostile);
        assertThat(PortfolioFormat.json().read(json, "hostile.json")).isEqualTo(hostile);
    }

    @Test
    void textThatLooksLikeOtherYamlValuesStaysText() {
        for (String text : List.of("~", "", " ", "null", "true", "no", "2024", "1.50", "-1", "0x1F", ".inf", "'", "\"", "#", "- x", "---")) {
            Portfolio full = SamplePortfolios.full();
            Portfolio portfolio = full.toBuilder()
                    .person(full.person().toBuilder().headline(text).tagline(text).build())
                    .designNotesIntro(text)
                    .build();
            assertThat(PortfolioFormat.yaml().read(PortfolioFormat.yaml().write(portfolio), "t.yaml"))
                    .as("text %s", text).isEqualTo(portfolio);
        }
    }

    @Test
    void billionLaughsIsStoppedByTheValueLimit() {
        StringBuilder yaml = new StringBuilder("person: {name: Ada}\nlol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            int previous = i - 1;
            yaml.append("lol").append(i).append(": &lol").append(i).append(" [")
                    .append(IntStream.range(0, 9).mapToObj(k -> "*lol" + previous).collect(Collectors.joining(", ")))
                    .append("]\n");
        }
        assertThat(problems(PortfolioFormat.yaml(), yaml.toString())).singleElement().asString()
                .startsWith("in:7:").contains(": the document holds more than 200000 values (counting each use of a YAML alias)");
    }

    @Test
    void aliasesWithinTheLimitAreResolved() {
        Portfolio portfolio = PortfolioFormat.yaml().read("""
                person:
                  name: Ada
                  about: &paragraphs
                    - First.
                    - Second.
                  keywords: *paragraphs
                """, "in");
        assertThat(portfolio.person().keywords()).containsExactly("First.", "Second.");
    }

    @Test
    void deepNestingIsStoppedWithALocation() {
        String yaml = "person:\n  name: Ada\n  about: " + "[".repeat(100) + "]".repeat(100) + "\n";
        assertThat(problems(PortfolioFormat.yaml(), yaml)).singleElement().asString()
                .startsWith("in:3:72: person.about[0]").endsWith(": objects and lists are nested more than 64 deep");
        String json = "{\"person\": {\"name\": \"Ada\", \"about\": " + "[".repeat(100) + "]".repeat(100) + "}}";
        assertThat(problems(PortfolioFormat.json(), json)).singleElement().asString()
                .startsWith("in:1:99: person.about[0]").endsWith(": objects and lists are nested more than 64 deep");
    }

    @Test
    void overlongTextIsAProblem() {
        String longName = "x".repeat(256 * 1024 + 1);
        assertThat(problems(PortfolioFormat.yaml(), "person:\n  name: " + longName + "\n"))
                .containsExactly("in:2:9: person.name: text is longer than the limit of 262144 characters");
        assertThat(problems(PortfolioFormat.json(), "{\"person\": {\"name\": \"" + longName + "\"}}"))
                .singleElement().asString().startsWith("in:1:").contains(": the input exceeds a safety limit: String value length");
    }

    @Test
    void anOversizedDocumentIsRefusedBeforeParsing() {
        String huge = "person:\n  name: Ada\n" + "#".repeat(2 * 1024 * 1024) + "\n";
        assertThat(problems(PortfolioFormat.yaml(), huge))
                .containsExactly("in:1:1: the document is larger than the limit of 2097152 characters");
        InvalidPortfolioException e = catchThrowableOfType(InvalidPortfolioException.class, () -> PortfolioFormat.yaml()
                .read(new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8)), "in"));
        assertThat(e.problems()).extracting(Problem::toString)
                .containsExactly("in:1:1: the document is larger than the limit of 2097152 bytes");
    }

    @Test
    void invalidUtf8IsAProblemAtItsLineAndColumn() {
        byte[] bytes = "person:\n  name: Ad\u00e9\n  headline: Analyst\n".getBytes(StandardCharsets.UTF_8);
        bytes[18] = (byte) 0xFF;
        InvalidPortfolioException e = catchThrowableOfType(InvalidPortfolioException.class,
                () -> PortfolioFormat.yaml().read(new ByteArrayInputStream(bytes), "in"));
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "in:2:11: invalid UTF-8: byte 0xFF at offset 18 cannot start or continue a character; save the file as UTF-8");
    }

    @Test
    void aByteOrderMarkIsSkipped() {
        byte[] body = "person:\n  name: Ada\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertThat(PortfolioFormat.yaml().read(new ByteArrayInputStream(bytes), "in").person().name()).isEqualTo("Ada");
    }

    @Test
    void yamlTagsCannotConstructAnything() {
        assertThat(problems(PortfolioFormat.yaml(), """
                person:
                  name: !!java.lang.ProcessBuilder [calc]
                  headline: !custom Analyst
                  tagline: !!str 1843
                  summary: !!binary QWRh
                """)).containsExactly(
                "in:2:9: person.name: the YAML tag !!java.lang.ProcessBuilder is not supported; remove it",
                "in:2:9: person.name: expected text but found a list",
                "in:3:13: person.headline: the YAML tag !custom is not supported; remove it",
                "in:5:12: person.summary: the YAML tag !!binary is not supported; remove it");
    }

    @Test
    void duplicateKeysAreEachAProblem() {
        assertThat(problems(PortfolioFormat.yaml(), """
                person:
                  name: Ada
                  name: Augusta
                  name: Countess
                """)).containsExactly(
                "in:3:3: person.name: duplicate property 'name', already given at line 2, column 3",
                "in:4:3: person.name: duplicate property 'name', already given at line 2, column 3");
        assertThat(problems(PortfolioFormat.json(), "{\"person\": {\"name\": \"Ada\", \"name\": \"Augusta\"}}"))
                .containsExactly("in:1:28: person.name: duplicate property 'name', already given at line 1, column 13");
    }

    @Test
    void controlCharactersInTextAreRejectedByValidationAtTheirValue() {
        assertThat(problems(PortfolioFormat.json(), "{\"person\": {\"name\": \"Ada\\u0007\"}}"))
                .containsExactly("in:1:21: person.name: must not contain control characters other than line feed and tab");
    }

    @Test
    void damagedFilesGiveOnlyLocatedProblems() {
        byte[] specials = "{}[]:,-#&*!|>'\"%@` \n\t\\?~0".getBytes(StandardCharsets.UTF_8);
        for (PortfolioFormat format : List.of(PortfolioFormat.yaml(), PortfolioFormat.json())) {
            byte[] original = format.write(SamplePortfolios.full()).getBytes(StandardCharsets.UTF_8);
            Random random = new Random(20261125);
            int rejected = 0;
            for (int attempt = 0; attempt < 250; attempt++) {
                byte[] damaged = original.clone();
                for (int edit = random.nextInt(4); edit >= 0; edit--) {
                    damaged[random.nextInt(damaged.length)] = random.nextInt(4) == 0
                            ? (byte) random.nextInt(256) : specials[random.nextInt(specials.length)];
                }
                try {
                    format.read(new ByteArrayInputStream(damaged), "damaged");
                } catch (InvalidPortfolioException e) {
                    rejected++;
                    // an exception that names no problem would say nothing about where: not located either
                    assertThat(e.problems()).as("%s attempt %d", format, attempt).isNotEmpty().allSatisfy(problem -> {
                        assertThat(problem.source()).isEqualTo("damaged");
                        assertThat(problem.line()).isPositive();
                        assertThat(problem.column()).isPositive();
                    });
                }
            }
            assertThat(rejected).as("damaged %s files rejected of 250", format).isGreaterThan(50);
        }
    }

    @Test
    void yamlMergeKeysAreAProblemWithAClearMessage() {
        assertThat(problems(PortfolioFormat.yaml(), """
                person:
                  <<: {name: Ada}
                """)).containsExactly(
                "in:2:3: person.<<: YAML merge keys (<<) are not supported; write the properties out",
                "in:2:3: person.name: is required");
    }

    private static List<String> problems(PortfolioFormat format, String content) {
        InvalidPortfolioException e = catchThrowableOfType(InvalidPortfolioException.class, () -> format.read(content, "in"));
        assertThat(e).as("reading should fail").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }
}
