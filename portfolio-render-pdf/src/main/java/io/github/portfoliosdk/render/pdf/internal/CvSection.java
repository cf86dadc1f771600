package io.github.portfoliosdk.render.pdf.internal;

import io.github.portfoliosdk.model.Portfolio;

/** One section of the CV: whether it has anything to show, and how it is written. */
interface CvSection {

    /** Whether the portfolio has nothing for this section, so that it and its bookmark are left out. */
    boolean isEmpty(Portfolio portfolio);

    /** Writes the section, heading included. */
    void write(Portfolio portfolio, CvContext context);
}
