package io.github.portfoliosdk.render.markdown;

import io.github.portfoliosdk.model.Portfolio;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * Renders one {@link io.github.portfoliosdk.model.Section} of a portfolio; give one to
 * {@link MarkdownRenderer.Builder#sectionRenderer} to replace how a section looks without forking the renderer. The
 * built-in sections are registered the same way, and
 * {@link MarkdownRenderer#defaultSectionRenderer(io.github.portfoliosdk.model.Section)} gives one to wrap.
 * <p>The same contract as the HTML renderer's {@code HtmlSectionRenderer}: sections without content are left out;
 * the renderer writes each section's heading ({@link MarkdownSectionContext#title()}) and this writes what goes under
 * it, only through {@link MarkdownSectionContext#writer()}, which escapes all text. The hero has no title heading:
 * its renderer writes the document's level-1 heading, the person's name. Implementations must be thread-safe
 * (stateless is simplest).
 */
public interface MarkdownSectionRenderer {

    /** Whether the portfolio has anything to show in this section; sections without content are left out, heading and all. */
    boolean hasContent(Portfolio portfolio);

    /** Writes the section's content (not its heading, except the hero's name) for this portfolio. */
    void render(Portfolio portfolio, MarkdownSectionContext context);

    /**
     * A section renderer made of two functions, for lambdas: for example, to wrap a default renderer,
     * {@code of(builtIn::hasContent, (portfolio, context) -> { builtIn.render(portfolio, context); ... })}.
     */
    static MarkdownSectionRenderer of(Predicate<Portfolio> hasContent, BiConsumer<Portfolio, MarkdownSectionContext> render) {
        Objects.requireNonNull(hasContent, "hasContent");
        Objects.requireNonNull(render, "render");
        return new MarkdownSectionRenderer() {
            @Override
            public boolean hasContent(Portfolio portfolio) {
                return hasContent.test(portfolio);
            }

            @Override
            public void render(Portfolio portfolio, MarkdownSectionContext context) {
                render.accept(portfolio, context);
            }
        };
    }
}
