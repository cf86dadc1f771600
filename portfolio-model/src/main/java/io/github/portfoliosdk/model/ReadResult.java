package io.github.portfoliosdk.model;

import java.util.List;
import java.util.Objects;

/**
 * A portfolio read from a file, with what the reader repaired on the way.
 *
 * @param portfolio the validated portfolio
 * @param format the name of the format it was read as ({@link PortfolioReader#format()})
 * @param warnings each repair of a lenient read, located like a problem; empty for a strict read
 */
public record ReadResult(Portfolio portfolio, String format, List<Problem> warnings) {

    /** Checks that portfolio and format are given and copies the warnings. */
    public ReadResult {
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(format, "format");
        warnings = List.copyOf(warnings);
    }
}
