package io.github.portfoliosdk.render.markdown;

import io.github.portfoliosdk.model.Portfolio;

/**
 * Renders one {@link io.github.portfoliosdk.model.Section} of a portfolio; give one to
 * {@link MarkdownRenderer.Builder#sectionRenderer} to replace how a section looks without forking the renderer.
 * <p>Implementations write only through {@link MarkdownSectionContext#writer()}, which escapes all text, and
 * write nothing when the section has nothing to show. They must be thread-safe (stateless is simplest).
 */
@FunctionalInterface
public interface MarkdownSectionRenderer {

    /** Writes the section, heading included, for this portfolio. */
    void render(Portfolio portfolio, MarkdownSectionContext context);
}
