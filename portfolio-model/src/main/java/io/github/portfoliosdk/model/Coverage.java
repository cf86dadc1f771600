package io.github.portfoliosdk.model;

import java.util.List;

/**
 * How much of a portfolio's text one language has: what {@link Portfolio#coverage(java.util.Locale)} returns.
 * {@link #toString()} reads {@code de: 112 of 118 texts, 95%}.
 *
 * @param language the BCP 47 tag of the language
 * @param translated how many of the texts it has
 * @param total how many texts the portfolio has that a person writes (headlines, summaries, highlights, ...)
 * @param untranslated the path of each text it lacks ({@code roles[1].highlights[0]}), in document order; those
 *     texts fall back to the portfolio's own language
 */
public record Coverage(String language, int translated, int total, List<String> untranslated) {

    /** Copies the list. */
    public Coverage {
        untranslated = List.copyOf(untranslated);
    }

    /** The share translated, in whole percent rounded down (100 only when complete; 100 for a portfolio without text). */
    public int percent() {
        return total == 0 ? 100 : (int) (100L * translated / total);
    }

    /** Whether every text is there. */
    public boolean isComplete() {
        return translated == total;
    }

    /** {@code de: 112 of 118 texts, 95%}. */
    @Override
    public String toString() {
        return language + ": " + translated + " of " + total + " texts, " + percent() + "%";
    }
}
