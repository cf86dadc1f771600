package io.github.portfoliosdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.portfoliosdk.model.InvalidPortfolioException;
import io.github.portfoliosdk.model.Metric;
import io.github.portfoliosdk.model.PartialDate;
import io.github.portfoliosdk.model.Period;
import io.github.portfoliosdk.model.Person;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.model.RoleKind;
import io.github.portfoliosdk.model.Skill;
import io.github.portfoliosdk.model.SkillLevel;
import io.github.portfoliosdk.model.WorkMode;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link PortfolioFormat} promises: which format for which file, what it writes, what it accepts. */
class PortfolioFormatTest {

    private static final Portfolio SMALL = Portfolio.builder()
            .person(Person.builder().name("Ada Lovelace").headline("Analyst").about(List.of("First line.\nSecond line.")).build())
            .addRole(Role.builder().title("Analyst").workMode(WorkMode.REMOTE)
                    .period(Period.of(PartialDate.ofYear(1842), PartialDate.ofMonth(1843, 9))).build())
            .addSkill(Skill.of("Mathematics", SkillLevel.EXPERT, "Science"))
            .extensions(Map.of("/basics/x-pronouns", "\"she/her\""))
            .build();

    @Test
    void theFormatIsChosenByTheFileExtension() {
        assertThat(PortfolioFormat.forFileName("portfolio.yaml")).contains(PortfolioFormat.yaml());
        assertThat(PortfolioFormat.forFileName("dir/Portfolio.YML")).contains(PortfolioFormat.yaml());
        assertThat(PortfolioFormat.forFileName("portfolio.json")).contains(PortfolioFormat.json());
        assertThat(PortfolioFormat.forFileName("portfolio.txt")).isEmpty();
        assertThat(PortfolioFormat.forFileName("yaml")).isEmpty();
    }

    @Test
    void aFormatCanValidateWithTheApplicationsValidatorFactory() {
        String yaml = """
                person:
                  name: Ada
                roles:
                  - title: Analyst
                    period:
                      start: 1843-05
                      end: 1842-01
                """;
        try (jakarta.validation.ValidatorFactory factory = jakarta.validation.Validation.byDefaultProvider().configure()
                .messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
                .buildValidatorFactory()) {
            PortfolioFormat theirs = PortfolioFormat.yaml().withValidator(io.github.portfoliosdk.model.PortfolioValidator.using(factory));
            assertThat(theirs.name()).isEqualTo("yaml");
            assertThatThrownBy(() -> theirs.read(yaml, "portfolio.yaml"))
                    .isInstanceOf(InvalidPortfolioException.class)
                    .hasMessageEndingWith("portfolio.yaml:7:12: roles[0].period.end: 1842-01 is before the start 1843-05");
            assertThat(theirs.read(yaml.replace("1842-01", "1844-01"), "portfolio.yaml").roles()).hasSize(1);
        }
        assertThat(PortfolioFormat.yaml()).as("the shared format is unchanged").isSameAs(PortfolioFormat.yaml());
    }

    @Test
    void eachFormatHasANameAndExtensions() {
        assertThat(PortfolioFormat.yaml().name()).isEqualTo("yaml");
        assertThat(PortfolioFormat.yaml().fileExtensions()).containsExactly("yaml", "yml");
        assertThat(PortfolioFormat.json().name()).isEqualTo("json");
        assertThat(PortfolioFormat.json()).hasToString("json");
    }

    @Test
    void yamlIsWrittenAsAPersonWouldWriteIt() {
        assertThat(PortfolioFormat.yaml().write(SMALL)).isEqualTo("""
                # yaml-language-server: $schema=https://portfoliosdk.github.io/schema/portfolio.schema.json
                person:
                  name: Ada Lovelace
                  headline: Analyst
                  about:
                    - |-
                      First line.
                      Second line.
                roles:
                  - kind: job
                    title: Analyst
                    workMode: remote
                    period:
                      start: "1842"
                      end: 1843-09
                skills:
                  - name: Mathematics
                    level: expert
                    category: Science
                extensions:
                  /basics/x-pronouns: '"she/her"'
                """);
    }

    @Test
    void jsonIsWrittenIndentedWithTheSchemaNamed() {
        assertThat(PortfolioFormat.json().write(SMALL)).isEqualTo("""
                {
                  "$schema": "https://portfoliosdk.github.io/schema/portfolio.schema.json",
                  "person": {
                    "name": "Ada Lovelace",
                    "headline": "Analyst",
                    "about": [
                      "First line.\\nSecond line."
                    ]
                  },
                  "roles": [
                    {
                      "kind": "job",
                      "title": "Analyst",
                      "workMode": "remote",
                      "period": {
                        "start": "1842",
                        "end": "1843-09"
                      }
                    }
                  ],
                  "skills": [
                    {
                      "name": "Mathematics",
                      "level": "expert",
                      "category": "Science"
                    }
                  ],
                  "extensions": {
                    "/basics/x-pronouns": "\\"she/her\\""
                  }
                }
                """);
    }

    @Test
    void writingTheSamePortfolioTwiceGivesTheSameBytes() {
        Portfolio full = SamplePortfolios.full();
        assertThat(PortfolioFormat.yaml().write(full)).isEqualTo(PortfolioFormat.yaml().write(full.toBuilder().build()));
        assertThat(PortfolioFormat.json().write(full)).isEqualTo(PortfolioFormat.json().write(full.toBuilder().build()));
    }

    @Test
    void writingToAnAppendableGivesTheSameText() {
        StringBuilder out = new StringBuilder("before\n");
        PortfolioFormat.yaml().write(SMALL, out);
        assertThat(out.toString()).isEqualTo("before\n" + PortfolioFormat.yaml().write(SMALL));
    }

    @Test
    void aFailingAppendableIsAnUncheckedIoException() {
        Writer broken = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        assertThatThrownBy(() -> PortfolioFormat.json().write(SMALL, broken))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk full");
    }

    @Test
    void aFileIsReadAndProblemsNameItAsGiven(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("portfolio.yaml");
        Files.writeString(file, PortfolioFormat.yaml().write(SMALL));
        assertThat(PortfolioFormat.yaml().read(file)).isEqualTo(SMALL);

        Files.writeString(file, "person:\n  nam: Ada\n");
        assertThatThrownBy(() -> PortfolioFormat.yaml().read(file))
                .isInstanceOf(InvalidPortfolioException.class)
                .hasMessageContaining(file + ":2:3: person.nam: unknown property, did you mean 'name'?");
    }

    @Test
    void aMissingFileIsAnUncheckedIoException(@TempDir Path dir) {
        assertThatThrownBy(() -> PortfolioFormat.yaml().read(dir.resolve("missing.yaml")))
                .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(NoSuchFileException.class);
    }

    @Test
    void aStreamIsReadAsUtf8() {
        byte[] bytes = "person:\n  name: Zoë Ñúñez 山田\n".getBytes(StandardCharsets.UTF_8);
        assertThat(PortfolioFormat.yaml().read(new ByteArrayInputStream(bytes), "in").person().name()).isEqualTo("Zoë Ñúñez 山田");
    }

    @Test
    void aFailingStreamIsAnUncheckedIoException() {
        java.io.InputStream broken = new java.io.InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        assertThatThrownBy(() -> PortfolioFormat.json().read(broken, "in"))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("connection reset");
    }

    @Test
    void aYamlYearMayBeAnUnquotedNumber() {
        Portfolio portfolio = PortfolioFormat.yaml().read("""
                person:
                  name: Ada
                roles:
                  - title: Analyst
                    period: {start: 1842, end: 1843}
                """, "in");
        assertThat(portfolio.roles().get(0).period()).isEqualTo(Period.of(PartialDate.ofYear(1842), PartialDate.ofYear(1843)));
    }

    @Test
    void enumsAreReadIgnoringCaseAndSeparators() {
        Portfolio portfolio = PortfolioFormat.yaml().read("""
                person:
                  name: Ada
                roles:
                  - kind: Internship
                    title: Intern
                    workMode: On-site
                skills:
                  - level: EXPERT
                """, "in");
        assertThat(portfolio.roles().get(0).kind()).isEqualTo(RoleKind.INTERNSHIP);
        assertThat(portfolio.roles().get(0).workMode()).isEqualTo(WorkMode.ONSITE);
        assertThat(portfolio.skills().get(0).level()).isEqualTo(SkillLevel.EXPERT);
    }

    @Test
    void numbersWhereTextIsExpectedAreReadAsWritten() {
        Portfolio portfolio = PortfolioFormat.yaml().read("""
                person:
                  name: Ada
                  metrics:
                    - value: 8
                      label: Apps
                    - value: 99.50
                      label: Uptime
                """, "in");
        assertThat(portfolio.person().metrics()).containsExactly(Metric.of("8", "Apps"), Metric.of("99.50", "Uptime"));
    }

    @Test
    void aYamlKeyWithNothingAfterItHasNoValue() {
        Portfolio portfolio = PortfolioFormat.yaml().read("""
                person:
                  name: Ada
                  headline:
                  tagline: null
                  about: []
                roles:
                """, "in");
        assertThat(portfolio).isEqualTo(Portfolio.builder().person(Person.builder().name("Ada").build()).build());
    }

    @Test
    void anEmptyTextIsKeptApartFromNoText() {
        Portfolio portfolio = Portfolio.builder().person(Person.builder().name("Ada").headline("").build()).build();
        for (PortfolioFormat format : List.of(PortfolioFormat.yaml(), PortfolioFormat.json())) {
            String written = format.write(portfolio);
            assertThat(written).contains(format == PortfolioFormat.yaml() ? "headline: \"\"" : "\"headline\": \"\"");
            assertThat(format.read(written, "in").person().headline()).isEmpty();
        }
    }

    @Test
    void theJsonSchemaPropertyIsAcceptedAndIgnored() {
        Portfolio portfolio = PortfolioFormat.json().read(
                "{\"$schema\": \"https://portfoliosdk.github.io/schema/portfolio.schema.json\", \"person\": {\"name\": \"Ada\"}}", "in");
        assertThat(portfolio).isEqualTo(Portfolio.builder().person(Person.builder().name("Ada").build()).build());
    }

    @Test
    void extensionsRoundTripExactly() {
        Map<String, String> extensions = Map.of(
                "/basics/x-pronouns", "\"she/her\"",
                "/work/0/x-team", "{ \"size\" : 12,\n  \"remote\": true }",
                "/meta/x-tags", "[1, 2.50, null]");
        Portfolio portfolio = SMALL.toBuilder().extensions(extensions).build();
        for (PortfolioFormat format : List.of(PortfolioFormat.yaml(), PortfolioFormat.json())) {
            assertThat(format.read(format.write(portfolio), "in").extensions()).isEqualTo(extensions);
        }
    }

    @Test
    void oneFormatIsSharedSafelyBetweenThreads() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            for (PortfolioFormat format : List.of(PortfolioFormat.yaml(), PortfolioFormat.json())) {
                String written = format.write(SamplePortfolios.full());
                List<java.util.concurrent.Future<String>> results = pool.invokeAll(java.util.Collections.nCopies(16,
                        () -> format.write(format.read(written, "shared." + format.name()))));
                for (java.util.concurrent.Future<String> result : results) {
                    assertThat(result.get()).isEqualTo(written);
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theSchemaIsTheCheckedInResource() throws IOException {
        try (var in = PortfolioFormat.class.getResourceAsStream("portfolio.schema.json")) {
            assertThat(PortfolioFormat.schema()).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertThat(PortfolioFormat.schema()).contains("\"$id\": \"" + PortfolioFormat.SCHEMA_ID + "\"");
    }
}
