package io.github.portfoliosdk.render.html;

import io.github.portfoliosdk.model.Portfolio;

/**
 * Renders the body of one {@link io.github.portfoliosdk.model.Section}; plug one in with
 * {@link HtmlRenderer.Builder#sectionRenderer(io.github.portfoliosdk.model.Section, SectionRenderer)} to change
 * how a section looks without forking the renderer.
 * <p>The HTML renderer writes the section's element, number and heading; this writes what goes under the
 * heading, through {@link SectionContext#writer()} so that all text is escaped. Implementations must be
 * thread-safe (they are shared by every rendering).
 */
public interface SectionRenderer {

    /** Whether the portfolio has anything to show in this section; sections without content are left out and not numbered. */
    boolean hasContent(Portfolio portfolio);

    /** Writes the section's content for this portfolio. */
    void render(Portfolio portfolio, SectionContext context);
}
