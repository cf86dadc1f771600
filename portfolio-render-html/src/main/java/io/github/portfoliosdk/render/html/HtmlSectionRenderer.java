package io.github.portfoliosdk.render.html;

import io.github.portfoliosdk.model.Portfolio;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * Renders one {@link io.github.portfoliosdk.model.Section} of a page; plug one in with
 * {@link HtmlRenderer.Builder#sectionRenderer(io.github.portfoliosdk.model.Section, HtmlSectionRenderer)} to change
 * how a section looks without forking the renderer. The built-in sections are registered the same way, and
 * {@link HtmlRenderer#defaultSectionRenderer(io.github.portfoliosdk.model.Section)} gives one to wrap.
 * <p>The same contract as the Markdown renderer's {@code MarkdownSectionRenderer}: sections without content are
 * left out (and not numbered); the renderer writes each section's frame and heading ({@link HtmlSectionContext#title()})
 * and this writes what goes under it, through {@link HtmlSectionContext#writer()} so that all text is escaped. The
 * hero has no title heading: its renderer writes the page's level-1 heading, the person's name. Implementations
 * must be thread-safe (they are shared by every rendering).
 */
public interface HtmlSectionRenderer {

    /** Whether the portfolio has anything to show in this section; sections without content are left out and not numbered. */
    boolean hasContent(Portfolio portfolio);

    /** Writes the section's content (not its heading, except the hero's name) for this portfolio. */
    void render(Portfolio portfolio, HtmlSectionContext context);

    /**
     * A section renderer made of two functions, for lambdas: for example, to wrap a default renderer,
     * {@code of(builtIn::hasContent, (portfolio, context) -> { builtIn.render(portfolio, context); ... })}.
     */
    static HtmlSectionRenderer of(Predicate<Portfolio> hasContent, BiConsumer<Portfolio, HtmlSectionContext> render) {
        Objects.requireNonNull(hasContent, "hasContent");
        Objects.requireNonNull(render, "render");
        return new HtmlSectionRenderer() {
            @Override
            public boolean hasContent(Portfolio portfolio) {
                return hasContent.test(portfolio);
            }

            @Override
            public void render(Portfolio portfolio, HtmlSectionContext context) {
                render.accept(portfolio, context);
            }
        };
    }
}
