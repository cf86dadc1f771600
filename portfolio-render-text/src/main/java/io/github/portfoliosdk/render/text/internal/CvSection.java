package io.github.portfoliosdk.render.text.internal;

import io.github.portfoliosdk.model.Portfolio;

import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * One section of the plain-text CV: whether the portfolio has nothing for it (then it is left out), and how it is
 * written, heading included.
 *
 * @param isEmpty whether the portfolio has nothing to show in this section
 * @param writer writes the section
 */
record CvSection(Predicate<Portfolio> isEmpty, BiConsumer<Portfolio, CvContext> writer) {
}
