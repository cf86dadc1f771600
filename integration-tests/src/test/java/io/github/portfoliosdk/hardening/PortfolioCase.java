package io.github.portfoliosdk.hardening;

import io.github.portfoliosdk.model.Portfolio;
import java.util.function.Supplier;

/**
 * One portfolio a property runs on, by name ("seed 42", "showcase"); {@link #portfolio()} makes a fresh, equal
 * instance on every call, so "the same input" never means "the same object".
 *
 * @param name how test reports name it
 * @param source makes the portfolio
 */
record PortfolioCase(String name, Supplier<Portfolio> source) {

    /** A fresh instance of this case's portfolio. */
    Portfolio portfolio() {
        return source.get();
    }

    @Override
    public String toString() {
        return name;
    }
}
