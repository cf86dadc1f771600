package io.github.portfoliosdk.render.pdf.internal;

import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.render.pdf.PdfSectionContext;
import io.github.portfoliosdk.render.pdf.PdfSectionRenderer;

/**
 * A built-in section of the CV: a {@link PdfSectionRenderer} that writes with the layout's own writer, which also
 * knows attributes and fixed words. It is handed the context {@link CvLayout} made.
 */
interface CvSection extends PdfSectionRenderer {

    /** Whether the portfolio has nothing for this section, so that it and its bookmark are left out. */
    boolean isEmpty(Portfolio portfolio);

    /** Writes the section's content, under the heading the layout wrote. */
    void write(Portfolio portfolio, CvContext context);

    @Override
    default boolean hasContent(Portfolio portfolio) {
        return !isEmpty(portfolio);
    }

    @Override
    default void render(Portfolio portfolio, PdfSectionContext context) {
        write(portfolio, (CvContext) context);
    }
}
