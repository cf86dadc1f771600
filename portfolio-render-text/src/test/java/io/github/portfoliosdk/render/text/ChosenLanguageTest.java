package io.github.portfoliosdk.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.json.PortfolioFormat;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.testing.SamplePortfolios;
import io.github.portfoliosdk.testing.TranslatedExample;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A portfolio written in English with German beside it, rendered in German: the German texts, no English one they replace. */
class ChosenLanguageTest {

    @Test
    void theGermanChoiceShowsTheGermanTextsAndOnlyTheEnglishFallbacks() {
        Portfolio english = PortfolioFormat.yaml().read(TranslatedExample.file());
        Portfolio german = english.in(Locale.GERMAN);
        PlainTextRenderer renderer = PlainTextRenderer.builder().locale(Locale.GERMAN).clock(SamplePortfolios.CLOCK).build();

        String shown = renderer.render(german).replaceAll("\\s+", " ");

        assertThat(shown).contains("Python-Backend-Entwickler", "Ich bin Backend-Entwickler aus Chennai");
        assertThat(german.fallbackTexts().keySet()).as("fallbacks, in English").filteredOn(shown::contains).isNotEmpty();
        String englishShown = renderer.render(english).replaceAll("\\s+", " ");
        List<String> replaced = TranslatedExample.replacedOriginals(german).stream().filter(englishShown::contains).toList();
        assertThat(replaced).as("English texts the English CV shows").contains("Python Backend Engineer").hasSizeGreaterThan(15);
        assertThat(replaced).filteredOn(shown::contains).as("English texts the German CV shows").isEmpty();
    }
}
