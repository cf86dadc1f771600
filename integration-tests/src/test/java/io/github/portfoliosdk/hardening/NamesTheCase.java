package io.github.portfoliosdk.hardening;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Makes every failure of a property (a test run once per {@link Generated#cases()} case) name its case and run seed and say how to replay it, whatever the assertion's own
 * message: {@code case seed 42 (run seed 7; replay with -Dportfolio.propertySeed=42 -Dportfolio.tries=1): ...}.
 */
final class NamesTheCase implements TestExecutionExceptionHandler {

    /** A parameterized invocation's display name, {@code [3] seed 42}, as {@code @ParameterizedTest(name = "{0}")} gives it. */
    private static final Pattern CASE = Pattern.compile("(?:\\[\\d+\\] )?(seed -?\\d+|showcase)");

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        Matcher matcher = CASE.matcher(context.getDisplayName());
        if (!matcher.matches()) {
            throw thrown; // not a generated case: a plain test of the class
        }
        String caseName = matcher.group(1);
        AssertionError named = new AssertionError("case " + caseName + " (run seed " + Generated.RUN_SEED
                + "; replay with " + Generated.replay(caseName) + "): " + thrown.getMessage(), thrown);
        named.setStackTrace(thrown.getStackTrace());
        throw named;
    }
}
