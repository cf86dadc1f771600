package io.github.portfoliosdk.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.model.InvalidPortfolioException;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.PortfolioValidator;
import io.github.portfoliosdk.model.Problem;
import java.util.function.Supplier;

/**
 * What every reader promises for any input at all: a valid portfolio, or an {@link InvalidPortfolioException} whose
 * message and problems say what is wrong and where. Any other exception (or error, such as a stack overflow) escapes
 * and fails the fuzz target.
 */
final class ReaderContract {

    private ReaderContract() {
    }

    /** Runs the read and checks the outcome; returns the portfolio read, or null when the input was rejected. */
    static Portfolio check(Supplier<Portfolio> read, String sourceName) {
        Portfolio portfolio;
        try {
            portfolio = read.get();
        } catch (InvalidPortfolioException e) {
            assertThat(e.getMessage()).isNotBlank();
            assertThat(e.problems()).isNotEmpty().allSatisfy(problem -> isLocatedIn(problem, sourceName));
            return null;
        }
        assertThat(portfolio).isNotNull();
        assertThat(PortfolioValidator.validate(portfolio)).isEmpty();
        return portfolio;
    }

    private static void isLocatedIn(Problem problem, String sourceName) {
        assertThat(problem.source()).isEqualTo(sourceName);
        assertThat(problem.message()).isNotBlank();
        assertThat(problem.toString()).startsWith(sourceName + ":");
    }
}
