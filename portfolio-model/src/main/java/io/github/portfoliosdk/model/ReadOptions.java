package io.github.portfoliosdk.model;

import java.util.Locale;

/**
 * How a {@link PortfolioReader} reads a file: {@link #STRICT} (the default) or {@link #LENIENT}.
 *
 * @param lenient whether to repair the common mistakes of real files (an empty {@code endDate}, {@code "May 2019"},
 *        a URL without a scheme), each reported as a warning; a format without a lenient mode reads strictly
 * @param language the language to read the portfolio in ({@link Portfolio#in(Locale)}), each text without a
 *        translation reported as a warning at its place; null (the default) for the language it was written in
 */
public record ReadOptions(boolean lenient, Locale language) {

    /** Strict reading: anything the format's rules refuse is an error. */
    public static final ReadOptions STRICT = new ReadOptions(false);

    /** Lenient reading: what can be repaired is repaired and reported as a warning. */
    public static final ReadOptions LENIENT = new ReadOptions(true);

    /** Options reading strictly or leniently, in the portfolio's own language. */
    public ReadOptions(boolean lenient) {
        this(lenient, null);
    }

    /** These options, reading the portfolio in this language (null: its own). */
    public ReadOptions withLanguage(Locale language) {
        return new ReadOptions(lenient, language);
    }
}
