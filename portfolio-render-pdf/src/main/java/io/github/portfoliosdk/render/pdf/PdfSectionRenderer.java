package io.github.portfoliosdk.render.pdf;

import io.github.portfoliosdk.model.Portfolio;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * Renders one {@link io.github.portfoliosdk.model.Section} of the CV; plug one in with
 * {@link PdfRenderer.Builder#sectionRenderer(io.github.portfoliosdk.model.Section, PdfSectionRenderer)} to change how
 * a section prints or to add a section of the user's own. The built-in sections are registered the same way, and
 * {@link PdfRenderer#defaultSectionRenderer(io.github.portfoliosdk.model.Section)} gives one to wrap.
 * <p>The same contract as {@code HtmlSectionRenderer} and {@code MarkdownSectionRenderer}: sections without content
 * are left out (with their bookmark); the renderer writes each section's frame, heading and bookmark
 * ({@link PdfSectionContext#title()}) and this writes what goes under it, through {@link PdfSectionContext#writer()}.
 * The hero has no title heading: its renderer writes the name. Implementations must be thread-safe.
 */
public interface PdfSectionRenderer {

    /** Whether the portfolio has anything to show in this section; sections without content are left out. */
    boolean hasContent(Portfolio portfolio);

    /** Writes the section's content (not its heading) for this portfolio. */
    void render(Portfolio portfolio, PdfSectionContext context);

    /**
     * A section renderer made of two functions, for lambdas: for example, to wrap a default renderer,
     * {@code of(builtIn::hasContent, (portfolio, context) -> { builtIn.render(portfolio, context); ... })}.
     */
    static PdfSectionRenderer of(Predicate<Portfolio> hasContent, BiConsumer<Portfolio, PdfSectionContext> render) {
        Objects.requireNonNull(hasContent, "hasContent");
        Objects.requireNonNull(render, "render");
        return new PdfSectionRenderer() {
            @Override
            public boolean hasContent(Portfolio portfolio) {
                return hasContent.test(portfolio);
            }

            @Override
            public void render(Portfolio portfolio, PdfSectionContext context) {
                render.accept(portfolio, context);
            }
        };
    }
}
