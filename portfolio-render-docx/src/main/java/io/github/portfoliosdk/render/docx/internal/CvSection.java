package io.github.portfoliosdk.render.docx.internal;

import io.github.portfoliosdk.model.Portfolio;

/**
 * How one section of the Word CV is written, heading included. Whether it is shown is
 * {@code SectionLists.hasContent}: the rule the PDF, Word and plain-text CVs share.
 */
@FunctionalInterface
interface CvSection {

    /** Writes the section for this portfolio. */
    void write(Portfolio portfolio, CvContext context);
}
