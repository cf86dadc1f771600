package io.github.portfoliosdk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.json.PortfolioFormat;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.testing.SamplePortfolios;
import io.github.portfoliosdk.testing.TranslatedExample;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A portfolio written in English with German beside it, rendered in German: the German texts, no English one they replace. */
class ChosenLanguageTest {

    private static final PdfRenderer RENDERER = PdfRenderer.builder().locale(Locale.GERMAN).clock(SamplePortfolios.CLOCK)
            .embedJsonResume(false).build();

    @Test
    void theGermanChoiceShowsTheGermanTextsAndOnlyTheEnglishFallbacks() throws IOException {
        Portfolio english = PortfolioFormat.yaml().read(TranslatedExample.file());
        Portfolio german = english.in(Locale.GERMAN);

        String shown = PdfDocuments.flatText(RENDERER.toBytes(german));

        assertThat(shown).contains("Python-Backend-Entwickler", "Ich bin Backend-Entwickler aus Chennai");
        assertThat(german.fallbackTexts().keySet()).as("fallbacks, in English").filteredOn(shown::contains).isNotEmpty();
        String englishShown = PdfDocuments.flatText(RENDERER.toBytes(english));
        List<String> replaced = TranslatedExample.replacedOriginals(german).stream().filter(englishShown::contains).toList();
        assertThat(replaced).as("English texts the English CV shows").contains("Python Backend Engineer").hasSizeGreaterThan(15);
        assertThat(replaced).filteredOn(shown::contains).as("English texts the German CV shows").isEmpty();
    }
}
