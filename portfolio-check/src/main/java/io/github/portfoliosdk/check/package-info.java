/**
 * The CV check: {@link io.github.portfoliosdk.check.CvCheck} reads a PDF's text as parsers do and returns a
 * {@link io.github.portfoliosdk.check.CheckReport} of {@link io.github.portfoliosdk.check.Finding}s, each with its
 * {@link io.github.portfoliosdk.check.Rule} and page position.
 */
package io.github.portfoliosdk.check;
