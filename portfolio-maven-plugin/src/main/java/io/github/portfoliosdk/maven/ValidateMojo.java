package io.github.portfoliosdk.maven;

import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.RenderOptions;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code portfolio:validate}: reads the portfolio and fails the build when it is invalid, with every problem as
 * {@code file:line:column: path: message}. Bound to the {@code validate} phase by default.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends PortfolioGoal {

    /** Creates the goal; Maven sets its parameters. */
    public ValidateMojo() {
    }

    @Override
    void execute(Portfolio portfolio, RenderOptions options) {
        getLog().info("Valid portfolio of " + portfolio.person().name());
    }
}
