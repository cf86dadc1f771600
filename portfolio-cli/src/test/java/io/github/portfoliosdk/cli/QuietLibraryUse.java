package io.github.portfoliosdk.cli;

import io.github.portfoliosdk.json.PortfolioFormat;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.PortfolioRenderers;
import io.github.portfoliosdk.model.PortfolioValidator;
import java.nio.file.Path;
import java.util.List;

/**
 * An application that uses the library, not the command line (whose own logging set-up would hide the libraries'):
 * reads and validates a portfolio file, then renders it to all four formats. Run in a fresh JVM by
 * {@link LibrariesAreQuietIT}.
 */
public final class QuietLibraryUse {

    private QuietLibraryUse() {
    }

    /** {@code QuietLibraryUse portfolio.yaml}: prints nothing of its own. */
    public static void main(String[] args) {
        Portfolio portfolio = PortfolioValidator.check(PortfolioFormat.yaml().read(Path.of(args[0])));
        for (String format : List.of("html", "markdown", "json-resume", "pdf")) {
            if (PortfolioRenderers.forFormat(format).orElseThrow().toBytes(portfolio).length == 0) {
                throw new AssertionError(format + " rendered nothing");
            }
        }
    }
}
