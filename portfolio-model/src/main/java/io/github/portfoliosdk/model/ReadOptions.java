package io.github.portfoliosdk.model;

/**
 * How a {@link PortfolioReader} reads a file: {@link #STRICT} (the default) or {@link #LENIENT}.
 *
 * @param lenient whether to repair the common mistakes of real files (an empty {@code endDate}, {@code "May 2019"},
 *        a URL without a scheme), each reported as a warning; a format without a lenient mode reads strictly
 */
public record ReadOptions(boolean lenient) {

    /** Strict reading: anything the format's rules refuse is an error. */
    public static final ReadOptions STRICT = new ReadOptions(false);

    /** Lenient reading: what can be repaired is repaired and reported as a warning. */
    public static final ReadOptions LENIENT = new ReadOptions(true);
}
