package io.github.portfoliosdk.jsonresume;

import static io.github.portfoliosdk.jsonresume.Fixtures.IMPORTER;
import static io.github.portfoliosdk.jsonresume.Fixtures.RENDERER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.model.Organization;
import io.github.portfoliosdk.model.Period;
import io.github.portfoliosdk.model.Person;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.model.Translations;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A portfolio in several languages through JSON Resume: the chosen one in the standard fields, the others kept. */
class JsonResumeTranslationsTest {

    private static final Locale TAMIL = Locale.forLanguageTag("ta");

    private static Portfolio portfolio() {
        return Portfolio.builder()
                .person(Person.builder().name("Ada Lovelace").headline("Building scalable systems.")
                        .summary("Backend engineer.").build())
                .addRole(Role.builder().organization(Organization.named("Acme")).title("Engineer")
                        .period(Period.parse("2020-01", null))
                        .highlights(List.of("Cut latency by half.", "Led the migration.")).build())
                .translations(Translations.of(Map.of(
                        "de", Map.of("/person/headline", "Skalierbare Systeme bauen.",
                                "/person/summary", "Backend-Entwicklerin.",
                                "/roles/0/title", "Ingenieurin",
                                "/roles/0/highlights/0", "Die Latenz halbiert."),
                        "ta", Map.of("/person/headline", "அளவிடக்கூடிய அமைப்புகளை உருவாக்குதல்."))))
                .build();
    }

    @Test
    void eachLanguageIsAValidJsonResumeWithItsTextInTheStandardFields() {
        for (Locale language : List.of(Locale.ENGLISH, Locale.GERMAN, TAMIL)) {
            String json = RENDERER.render(portfolio().in(language));
            assertThat(OfficialSchema.errors(json)).as(language.toLanguageTag()).isEmpty();
        }
        String german = RENDERER.render(portfolio().in(Locale.GERMAN));
        assertThat(german).contains("\"label\": \"Skalierbare Systeme bauen.\"", "\"position\": \"Ingenieurin\"",
                "\"language\": \"de\"", "\"x-portfolio\"", "\"translations\"");
        assertThat(RENDERER.render(portfolio())).contains("\"label\": \"Building scalable systems.\"");
    }

    @Test
    void theRoundTripLosesNoLanguage() {
        for (Locale language : List.of(Locale.ENGLISH, Locale.GERMAN, TAMIL)) {
            Portfolio chosen = portfolio().in(language);
            Portfolio back = IMPORTER.read(RENDERER.render(chosen), "resume.json");
            assertThat(back).as(language.toLanguageTag()).isEqualTo(chosen);
            assertThat(back.in(Locale.ENGLISH)).isEqualTo(portfolio());
        }
    }

    @Test
    void aPlainJsonResumeFileIsInOneLanguage() {
        Portfolio plain = IMPORTER.read("""
                {"basics": {"name": "Ada", "label": "Ingenieurin"}, "meta": {"language": "de"}}
                """, "resume.json");
        assertThat(plain.contentLanguages()).containsExactly("de");
        assertThat(plain.translations().isEmpty()).isTrue();
    }
}
