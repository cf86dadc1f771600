package io.github.portfoliosdk.render.docx;

import io.github.portfoliosdk.json.PortfolioFormat;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.testing.Checkers;

/** The showcase portfolio (the seed page as data), read from the examples module with our own YAML reader. */
final class Showcase {

    private Showcase() {
    }

    static Portfolio load() {
        return PortfolioFormat.yaml().read(Checkers.showcaseFile());
    }
}
