package io.github.portfoliosdk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class LabelsTest {

    private static final String PLURAL = "experience.years.";

    static java.util.List<String> translated() {
        return Labels.bundledLocales().stream().filter(tag -> !tag.equals("en")).toList();
    }

    @ParameterizedTest
    @MethodSource("translated")
    void aCatalogueHasEveryKeyEnglishHasAndNoOther(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        Map<String, String> catalogue = Labels.bundled(locale);
        Set<String> expected = new TreeSet<>(singular(Labels.keys()));
        for (String category : Labels.pluralCategories(locale)) {
            expected.add(PLURAL + category);
        }
        assertThat(catalogue).as("catalogue of %s", tag).isNotEmpty();
        assertThat(new TreeSet<>(catalogue.keySet())).as("keys of %s", tag).isEqualTo(expected);
        assertThat(catalogue.values()).as("texts of %s", tag).allSatisfy(text -> assertThat(text).isNotBlank());
    }

    @Test
    void aLanguageTagIsReadStrictly() {
        assertThat(Labels.localeOf("pt-BR")).isEqualTo(Locale.forLanguageTag("pt-BR"));
        assertThat(Labels.localeOf(" de ")).isEqualTo(Locale.GERMAN);
        assertThatThrownBy(() -> Labels.localeOf("german!"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'german!' is not a BCP 47 language tag (such as de, pt-BR, zh-Hans); catalogues ship for en, de");
        assertThatThrownBy(() -> Labels.localeOf("und"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'und' names no language; try one of en, de");
    }

    @Test
    void aLanguagesNameIsNotItsCodeAndSaysWhichCodeItHas() {
        assertThatThrownBy(() -> Labels.localeOf("german"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'german' is not a language code: they have two or three letters (german is de);"
                        + " catalogues ship for en, de");
        assertThatThrownBy(() -> Labels.localeOf("klingonx"))
                .hasMessageStartingWith("'klingonx' is not a language code: they have two or three letters; catalogues");
    }

    @Test
    void aPeriodReadsInTheLabelsWordsAndLocale() {
        Period job = Period.since(PartialDate.ofMonth(2026, 2));
        Period ended = Period.of(PartialDate.ofMonth(2023, 10), PartialDate.ofMonth(2025, 10));

        assertThat(Labels.of(Locale.ENGLISH).period(job)).isEqualTo("Feb 2026 – present");
        assertThat(Labels.of(Locale.ENGLISH).period(ended)).isEqualTo("Oct 2023 – Oct 2025");
        assertThat(Labels.of(Locale.GERMAN).period(job)).isEqualTo("Feb. 2026 – heute");
        assertThat(Labels.of(Locale.ENGLISH).with("present", "now").period(job)).isEqualTo("Feb 2026 – now");
        assertThat(Labels.of(Locale.ENGLISH).period(Period.of(null, PartialDate.ofYear(2021)))).isEqualTo("until 2021");
        assertThat(Labels.of(Locale.ENGLISH).period(null)).isNull();
    }

    @Test
    void englishHasTheCategoriesOfEnglish() {
        assertThat(Labels.keys()).filteredOn(key -> key.startsWith(PLURAL))
                .containsExactlyInAnyOrder(PLURAL + "one", PLURAL + "other");
    }

    @Test
    void aLocaleWithoutCatalogueFallsBackToItsParentThenEnglish() {
        Labels swissGerman = Labels.of(Locale.forLanguageTag("de-CH"));
        assertThat(swissGerman.text("section.work")).isEqualTo("Berufserfahrung");
        assertThat(swissGerman.language()).isEqualTo(Locale.GERMAN);
        Labels swahili = Labels.of(Locale.forLanguageTag("sw"));
        assertThat(swahili.text("section.work")).isEqualTo("Work history");
        assertThat(swahili.language()).isEqualTo(Locale.ENGLISH);
        assertThat(Labels.of(Locale.forLanguageTag("zh-CN")).language().toLanguageTag()).isEqualTo("zh-Hans");
        assertThat(Labels.of(Locale.forLanguageTag("pt-BR")).language().toLanguageTag()).isEqualTo("pt-BR");
    }

    @Test
    void aKeyMissingFromAnAddedCatalogueFallsBackPerKey() {
        Labels own = Labels.builder(Locale.forLanguageTag("sw"))
                .load(new StringReader("section.work=Historia ya kazi\n")).build();
        assertThat(own.text("section.work")).isEqualTo("Historia ya kazi");
        assertThat(own.text("section.about")).isEqualTo("About me");
        assertThat(own.language().toLanguageTag()).isEqualTo("sw");
    }

    @Test
    void userWordingOverridesTheBundledOne() {
        Labels labels = Labels.builder(Locale.GERMAN).put("section.work", "Werdegang").build();
        assertThat(labels.text("section.work")).isEqualTo("Werdegang");
        assertThat(labels.text("section.about")).isEqualTo("Über mich");
    }

    @Test
    void yearsFollowTheLanguagesPluralRules() {
        assertThat(Labels.of(Locale.ENGLISH).plural("experience.years", 1, "1")).isEqualTo("1 year");
        assertThat(Labels.of(Locale.ENGLISH).plural("experience.years", 2, "2+")).isEqualTo("2+ years");
        Labels polish = Labels.of(Locale.forLanguageTag("pl"));
        assertThat(polish.plural("experience.years", 1, "1")).isEqualTo("1 rok");
        assertThat(polish.plural("experience.years", 3, "3+")).isEqualTo("3+ lata");
        assertThat(polish.plural("experience.years", 5, "5+")).isEqualTo("5+ lat");
        Labels arabic = Labels.of(Locale.forLanguageTag("ar"));
        assertThat(arabic.plural("experience.years", 2, "2+")).isEqualTo("2+ سنة");
        assertThat(arabic.plural("experience.years", 1, "1")).isEqualTo("سنة واحدة");
        assertThat(arabic.plural("experience.years", 4, "4+")).isEqualTo("4+ سنوات");
        assertThat(Labels.of(Locale.JAPANESE).plural("experience.years", 1, "1")).isEqualTo("1年");
    }

    @Test
    void withReplacesOneTextInTheSameLanguageAndEveryFormOfAPluralKey() {
        Labels polish = Labels.of(Locale.forLanguageTag("pl")).with("experience.years", "lat: {0}").with("present", "dziś");
        assertThat(polish.plural("experience.years", 1, "1")).isEqualTo("lat: 1");
        assertThat(polish.plural("experience.years", 3, "3+")).isEqualTo("lat: 3+");
        assertThat(polish.text("present")).isEqualTo("dziś");
        assertThat(polish.language().toLanguageTag()).isEqualTo("pl");
    }

    @Test
    void arabicAndHebrewAreRightToLeft() {
        assertThat(Labels.bundledLocales().stream().filter(tag -> Labels.of(Locale.forLanguageTag(tag)).rightToLeft()))
                .containsExactly("ar", "he");
    }

    @Test
    void anUnknownKeyIsAnError() {
        assertThatThrownBy(() -> Labels.of(Locale.ENGLISH).text("nope"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'nope'");
    }

    private static Set<String> singular(Set<String> keys) {
        return keys.stream().filter(key -> !key.startsWith(PLURAL)).collect(Collectors.toSet());
    }
}
