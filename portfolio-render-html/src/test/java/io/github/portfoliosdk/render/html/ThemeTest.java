package io.github.portfoliosdk.render.html;

import io.github.portfoliosdk.model.Theme;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ThemeTest {

    @Test
    void themesAreFoundByNameIgnoringCaseAndSpace() {
        assertThat(Theme.fromName("terminal")).contains(Theme.TERMINAL);
        assertThat(Theme.fromName(" Classic ")).contains(Theme.CLASSIC);
        assertThat(Theme.fromName("neon")).isEmpty();
        assertThat(Theme.fromName(null)).isEmpty();
    }

    @Test
    void everyThemeHasAStyleSheetScopedToPrefixedClassesWithColourSchemeAndPrintVariants() {
        for (Theme theme : Theme.values()) {
            String css = HtmlRenderer.stylesheet(theme);
            assertThat(css).contains(".pf-" + theme.id() + "{").contains("prefers-color-scheme").contains("@media print");
            Matcher prelude = Pattern.compile("([^{}]+)\\{").matcher(css);
            int selectors = 0;
            while (prelude.find()) {
                String text = prelude.group(1).strip();
                if (text.startsWith("@") || text.matches("\\d+%")) {
                    continue;
                }
                for (String selector : text.split(",(?![^()]*\\))")) {
                    // :where(...) scopes the same way with no specificity, for defaults that a class's rule overrides
                    assertThat(selector.strip()).as("a selector of %s", theme).matches("(body)?\\.pf-.*|:where\\(\\.pf-.*\\)");
                    selectors++;
                }
            }
            assertThat(selectors).isGreaterThan(100);
        }
    }
}
