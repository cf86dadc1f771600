package io.github.portfoliosdk.testing;

import static org.assertj.core.api.Assertions.fail;

import io.github.portfoliosdk.model.Portfolio;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The example in English with German and Tamil beside it ({@code examples/src/main/resources/translated/portfolio.yaml}),
 * and what a rendering of one of its languages must not show: published in the model's test-jar so that every
 * renderer's test of a chosen language asks the same.
 */
public final class TranslatedExample {

    private TranslatedExample() {
    }

    /** The example's file, beside the showcase. */
    public static Path file() {
        Path file = Checkers.showcaseFile().toAbsolutePath().getParent().resolveSibling("translated").resolve("portfolio.yaml");
        if (!Files.isRegularFile(file)) {
            fail("The translated example is missing: " + file.normalize());
        }
        return file;
    }

    /**
     * The original texts that the portfolio's {@linkplain Portfolio#in chosen} language replaced, which a rendering of
     * it must not show: each one unless a text the chosen portfolio shows holds it (a fallback, or a translation that
     * keeps a word such as "Django"). Fails when the portfolio did not choose a language.
     */
    public static List<String> replacedOriginals(Portfolio chosen) {
        Map<String, String> originals = chosen.translations().in(chosen.contentLanguages().get(0));
        Map<String, String> shown = chosen.translations().in(chosen.language());
        if (originals.isEmpty() || shown.isEmpty()) {
            fail("The portfolio did not choose a language other than the one it was written in");
        }
        List<String> shownTexts = new ArrayList<>(shown.values());
        shownTexts.addAll(chosen.fallbackTexts().keySet());
        return shown.keySet().stream().map(originals::get)
                .filter(original -> shownTexts.stream().noneMatch(text -> text.contains(original)))
                .toList();
    }
}
