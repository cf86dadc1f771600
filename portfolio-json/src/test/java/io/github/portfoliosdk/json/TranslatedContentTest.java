package io.github.portfoliosdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.portfoliosdk.model.InvalidPortfolioException;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Problem;
import io.github.portfoliosdk.model.ReadResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Texts written in several languages ({@code headline: {en: ..., de: ...}}): read, chosen, written back, refused. */
class TranslatedContentTest {

    private static final String YAML = """
            # yaml-language-server: $schema=https://portfoliosdk.github.io/schema/portfolio.schema.json
            language: en
            person:
              name: Ada Lovelace
              headline:
                en: Building scalable systems and APIs.
                de: Skalierbare Systeme und APIs bauen.
                ta: அளவிடக்கூடிய அமைப்புகளையும் APIகளையும் உருவாக்குதல்.
              summary: Backend engineer.
            roles:
              - kind: job
                organization:
                  name: Acme
                title:
                  en: Engineer
                  de: Ingenieurin
                period:
                  start: 2020-01
                highlights:
                  - en: Cut latency by half.
                    de: Die Latenz halbiert.
                  - Led the migration.
            """;

    private static Portfolio read() {
        return PortfolioFormat.yaml().read(YAML, "portfolio.yaml");
    }

    @Test
    void aMapOfLanguagesGivesTheOwnLanguageInTheFieldAndKeepsTheOthers() {
        Portfolio portfolio = read();

        assertThat(portfolio.person().headline()).isEqualTo("Building scalable systems and APIs.");
        assertThat(portfolio.roles().get(0).highlights()).containsExactly("Cut latency by half.", "Led the migration.");
        assertThat(portfolio.contentLanguages()).containsExactly("en", "de", "ta");
        assertThat(portfolio.translations().in("de")).containsEntry("/person/headline", "Skalierbare Systeme und APIs bauen.")
                .containsEntry("/roles/0/highlights/0", "Die Latenz halbiert.").hasSize(3);
    }

    @Test
    void choosingALanguageGivesAnOrdinaryPortfolioInIt() {
        Portfolio german = read().in(Locale.GERMAN);

        assertThat(german.language()).isEqualTo("de");
        assertThat(german.person().headline()).isEqualTo("Skalierbare Systeme und APIs bauen.");
        assertThat(german.roles().get(0).title()).isEqualTo("Ingenieurin");
        assertThat(german.coverage(Locale.GERMAN).toString()).isEqualTo("de: 3 of 5 texts, 60%");
    }

    @Test
    void eachFallbackIsAWarningAtItsLineAndColumn() {
        ReadResult german = PortfolioFormat.yaml().read(
                new ByteArrayInputStream(YAML.getBytes(StandardCharsets.UTF_8)), "portfolio.yaml", Locale.GERMAN);

        assertThat(german.portfolio().person().headline()).isEqualTo("Skalierbare Systeme und APIs bauen.");
        assertThat(german.warnings()).extracting(Problem::toString).containsExactly(
                "portfolio.yaml:9:12: person.summary: no de translation; shown in en",
                "portfolio.yaml:22:9: roles[0].highlights[1]: no de translation; shown in en");
        assertThat(PortfolioFormat.yaml().read(new ByteArrayInputStream(YAML.getBytes(StandardCharsets.UTF_8)),
                "portfolio.yaml", Locale.forLanguageTag("ta")).warnings()).hasSize(4);
    }

    @Test
    void writingGivesTheMapsBackExactly() {
        assertThat(PortfolioFormat.yaml().write(read())).isEqualTo(YAML);
        assertThat(PortfolioFormat.yaml().write(read().in(Locale.GERMAN))).as("a chosen language is written as written")
                .isEqualTo(YAML);
        Portfolio fromJson = PortfolioFormat.json().read(PortfolioFormat.json().write(read()), "portfolio.json");
        assertThat(fromJson).isEqualTo(read());
    }

    @Test
    void aKeyThatIsNoLanguageTagIsReportedAtTheKey() {
        assertThat(problems("""
                person:
                  name: Ada
                  headline:
                    en: Engineer
                    german!: Ingenieurin
                """)).singleElement().asString().startsWith(
                "portfolio.yaml:5:5: person.headline.german!: \"german!\" is not a BCP 47 language tag (en, de, pt-BR)");
    }

    @Test
    void aMapWithoutThePortfoliosLanguageIsReportedAtTheMap() {
        assertThat(problems("""
                language: de
                person:
                  name: Ada
                  headline:
                    en: Engineer
                    fr: Ingénieure
                """)).containsExactly("portfolio.yaml:5:5: person.headline: the text in the portfolio's language (de) "
                + "is missing; a map of languages holds it beside the translations");
    }

    @Test
    void aLanguageGivenTwiceIsReportedAtTheSecond() {
        assertThat(problems("""
                person:
                  name: Ada
                  headline:
                    en: Engineer
                    de: Ingenieurin
                    DE: Ingenieur
                    de: Entwicklerin
                """)).containsExactly(
                "portfolio.yaml:6:5: person.headline.DE: the language de is given twice, first as 'de' at line 5, column 5",
                "portfolio.yaml:7:5: person.headline.de: duplicate property 'de', already given at line 5, column 5");
    }

    @Test
    void aMapIsOnlyAllowedWhereAPersonWritesText() {
        assertThat(problems("""
                person:
                  name:
                    en: Ada
                    de: Ada
                """)).singleElement().asString().startsWith("portfolio.yaml:3:5: person.name: expected text but found an object");
    }

    private static List<String> problems(String yaml) {
        InvalidPortfolioException e = catchThrowableOfType(InvalidPortfolioException.class,
                () -> PortfolioFormat.yaml().read(yaml, "portfolio.yaml"));
        assertThat(e).as("reading should fail").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }
}
