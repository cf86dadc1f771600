package io.github.portfoliosdk.render.pdf.internal;

import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.model.internal.output.SectionLists;
import io.github.portfoliosdk.render.pdf.PdfSectionRenderer;

/**
 * How a built-in section of the CV is written, with the layout's own writer (which also knows attributes and fixed
 * words), under the heading {@link CvLayout} wrote, in the context it made. As a section's {@link PdfSectionRenderer}
 * it is shown when {@code SectionLists.hasContent} says so: the rule the PDF, Word and plain-text CVs share.
 */
@FunctionalInterface
interface CvSection {

    /** Writes the section's content, under the heading the layout wrote. */
    void write(Portfolio portfolio, CvContext context);

    /** This as the renderer of {@code section}: shown when the section has content. */
    default PdfSectionRenderer renderer(Section section) {
        return PdfSectionRenderer.of(portfolio -> SectionLists.hasContent(section, portfolio),
                (portfolio, context) -> write(portfolio, (CvContext) context));
    }
}
