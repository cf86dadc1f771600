package io.github.portfoliosdk.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The run seed is read from its own property, starts the run, and every failure of a property says how to replay it. */
class GeneratedTest {

    @Test
    void aGivenSeedIsTheRunSeedAndOnlyABlankOneIsRandom() {
        assertThat(Generated.runSeed("42")).isEqualTo(42);
        assertThat(Generated.runSeed(" -7 ")).isEqualTo(-7);
        assertThat(Generated.runSeed(null)).isNotEqualTo(Generated.runSeed(""));
    }

    @Test
    void aValueThatIsNotASeedIsRefusedRatherThanQuietlyReplacedByARandomOne() {
        // what the build once passed under the old name: the seed page's file path
        assertThatThrownBy(() -> Generated.runSeed("/work/shared/seed/portfolio-page.txt"))
                .hasMessageContaining("-Dportfolio.propertySeed must be a long");
    }

    @Test
    void theRunSeedIsTheFirstGeneratedCaseSoTheNameOfAFailingCaseReplaysIt() {
        assertThat(Generated.seeds().findFirst()).hasValue(Generated.RUN_SEED);
        assertThat(Generated.cases().skip(1).findFirst().orElseThrow().name()).isEqualTo("seed " + Generated.RUN_SEED);
        assertThat(Generated.seeds().count()).isEqualTo(Generated.tries());
        assertThat(Generated.replay("seed 42")).isEqualTo("-Dportfolio.propertySeed=42 -Dportfolio.tries=1");
    }

    @Test
    void aFailingPropertyNamesItsCaseTheRunSeedAndTheReplayCommand() {
        AssertionError failure = new AssertionError("expected: <a> but was: <b>");
        assertThatThrownBy(() -> new NamesTheCase().handleTestExecutionException(invocation("[3] seed 42"), failure))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("case seed 42 (run seed " + Generated.RUN_SEED
                        + "; replay with -Dportfolio.propertySeed=42 -Dportfolio.tries=1): ")
                .hasMessageEndingWith("expected: <a> but was: <b>")
                .hasCause(failure);
        assertThatThrownBy(() -> new NamesTheCase().handleTestExecutionException(invocation("[1] showcase"), failure))
                .hasMessageStartingWith("case showcase (run seed " + Generated.RUN_SEED + "; replay with -Dportfolio.propertySeed="
                        + Generated.RUN_SEED + " -Dportfolio.tries=" + Generated.tries() + "): ");
    }

    @Test
    void aFailureOfAPlainTestIsLeftAsItIs() {
        AssertionError failure = new AssertionError("expected: <a> but was: <b>");
        assertThatThrownBy(() -> new NamesTheCase().handleTestExecutionException(invocation("theSchemaRejectsABadDocument()"), failure))
                .isSameAs(failure);
    }

    /** The context JUnit hands the handler, of which it reads the display name only. */
    private static ExtensionContext invocation(String displayName) {
        return (ExtensionContext) Proxy.newProxyInstance(ExtensionContext.class.getClassLoader(),
                new Class<?>[] {ExtensionContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getDisplayName")) {
                        return displayName;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
