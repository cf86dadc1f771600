package io.github.portfoliosdk.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.portfoliosdk.model.InvalidPortfolioException;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.PortfolioValidator;
import io.github.portfoliosdk.model.Problem;
import io.github.portfoliosdk.model.Stage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The builder example builds a valid portfolio and shows every problem of a broken one, with its path. */
class BuildWithBuildersTest {

    @Test
    void printsTheBuiltPortfolioAndEveryProblemOfTheBrokenOne() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BuildWithBuilders.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "Built and validated the portfolio of Asha Raman: Backend Engineer at Parcelwise since Jun 2023, "
                        + "1 project, 3 skills.",
                "The broken portfolio was rejected with 4 problems:",
                "  person.name: must not be blank",
                "  person.profiles[0].url: must not use the javascript: scheme",
                "  projects[0].roleId: no role has the id 'parcel-wise' (did you mean 'parcelwise'?)",
                "  roles[0].period.end: 2023-06 is before the start 2025-06");
    }

    @Test
    void theBuiltPortfolioIsValidAndKeepsWhatWasBuilt() {
        Portfolio portfolio = BuildWithBuilders.portfolio();

        assertThat(PortfolioValidator.validate(portfolio)).isEmpty();
        assertThat(portfolio.person().location().shortForm()).isEqualTo("Pune, IN");
        assertThat(portfolio.roles()).singleElement().satisfies(role -> {
            assertThat(role.locationLine()).isEqualTo("Pune (Hybrid)");
            assertThat(role.period().isOngoing()).isTrue();
        });
        assertThat(portfolio.projects()).singleElement().satisfies(project -> {
            assertThat(project.roleId()).isEqualTo(portfolio.roles().get(0).id());
            assertThat(project.period().isSingleDate()).isTrue();
            Stage last = project.architecture().stages().get(2);
            assertThat(last.edgeLabel()).isEqualTo("read");
            assertThat(last.nodes()).hasSize(2);
        });
    }

    @Test
    void theBrokenPortfolioFailsWithOneExceptionListingAllProblems() {
        InvalidPortfolioException e = catchThrowableOfType(InvalidPortfolioException.class,
                () -> BuildWithBuilders.brokenPortfolio().build());

        assertThat(e.problems()).extracting(Problem::path)
                .containsExactly("person.name", "person.profiles[0].url", "projects[0].roleId", "roles[0].period.end");
        assertThat(e.getMessage()).startsWith("4 problems").contains("person.name: must not be blank");
    }
}
