package io.github.portfoliosdk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    private static final Locale TAMIL = Locale.forLanguageTag("ta");

    /** English, with German for the headline and the first highlight, Tamil for the headline only. */
    private static Portfolio portfolio() {
        return Portfolio.builder()
                .person(Person.builder().name("Ada Lovelace").headline("Building scalable systems.").build())
                .addRole(Role.builder().organization(Organization.named("Acme")).title("Engineer")
                        .period(Period.parse("2020-01", null))
                        .highlights(List.of("Cut latency by half.", "Led the migration.")).build())
                .translations(Translations.of(Map.of(
                        "de", Map.of("/person/headline", "Skalierbare Systeme bauen.",
                                "/roles/0/highlights/0", "Die Latenz halbiert."),
                        "ta", Map.of("/person/headline", "அளவிடக்கூடிய அமைப்புகளை உருவாக்குதல்."))))
                .build();
    }

    @Test
    void choosingALanguageReplacesTheTextsItHasAndKeepsTheOthersInTheOriginal() {
        Portfolio german = portfolio().in(Locale.GERMAN);

        assertThat(german.language()).isEqualTo("de");
        assertThat(german.person().headline()).isEqualTo("Skalierbare Systeme bauen.");
        assertThat(german.roles().get(0).highlights()).containsExactly("Die Latenz halbiert.", "Led the migration.");
        assertThat(german.roles().get(0).title()).as("a fallback").isEqualTo("Engineer");
        assertThat(german.person().name()).as("names are not translated").isEqualTo("Ada Lovelace");
        PortfolioValidator.check(german);
    }

    @Test
    void choosingTheOriginalLanguageAgainGivesThePortfolioBack() {
        Portfolio original = portfolio();

        assertThat(original.in(Locale.GERMAN).in(Locale.ENGLISH)).isEqualTo(original);
        assertThat(original.in(Locale.GERMAN).in(TAMIL).in(Locale.ENGLISH)).isEqualTo(original);
        assertThat(original.in(Locale.ENGLISH)).isSameAs(original);
        assertThat(original.in(Locale.GERMAN).in(TAMIL)).isEqualTo(original.in(TAMIL));
    }

    @Test
    void aLanguageWithoutAnyTextLeavesTheContentAsItIs() {
        assertThat(portfolio().in(Locale.FRENCH)).isEqualTo(portfolio());
    }

    @Test
    void aRegionalLocaleFindsItsLanguage() {
        assertThat(portfolio().in(Locale.forLanguageTag("de-AT")).language()).isEqualTo("de");
    }

    @Test
    void coverageCountsTheTextsALanguageHasAndListsTheOthersByPath() {
        Coverage german = portfolio().coverage(Locale.GERMAN);

        assertThat(german.toString()).isEqualTo("de: 2 of 4 texts, 50%");
        assertThat(german.untranslated()).containsExactly("roles[0].title", "roles[0].highlights[1]");
        assertThat(portfolio().in(TAMIL).coverage(Locale.GERMAN)).as("the same from any chosen language").isEqualTo(german);
        assertThat(portfolio().coverage(Locale.ENGLISH).isComplete()).isTrue();
        assertThat(portfolio().coverage(Locale.FRENCH).toString()).isEqualTo("fr: 0 of 4 texts, 0%");
    }

    @Test
    void theContentLanguagesAreTheOriginalFirst() {
        assertThat(portfolio().contentLanguages()).containsExactly("en", "de", "ta");
        assertThat(portfolio().in(TAMIL).contentLanguages()).containsExactly("en", "de", "ta");
        assertThat(Portfolio.builder().person(Person.builder().name("A").build()).language("fr").build()
                .contentLanguages()).containsExactly("fr");
    }

    @Test
    void theFallbackTextsAreTheOnesTheChosenLanguageLacksInTheOriginalLanguage() {
        assertThat(portfolio().in(TAMIL).fallbackTexts()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Engineer", Locale.ENGLISH, "Cut latency by half.", Locale.ENGLISH, "Led the migration.", Locale.ENGLISH));
        assertThat(portfolio().in(Locale.GERMAN).fallbackTexts()).containsOnlyKeys("Engineer", "Led the migration.");
        assertThat(portfolio().in(Locale.GERMAN).in(Locale.ENGLISH).fallbackTexts()).as("back in the original").isEmpty();
        assertThat(portfolio().fallbackTexts()).isEmpty();
    }
}
