/**
 * The PDF CV renderer: {@link io.github.portfoliosdk.render.pdf.PdfRenderer}, its {@link io.github.portfoliosdk.model.Paper}
 * sizes and {@link io.github.portfoliosdk.model.Theme}s, and reading the embedded JSON Resume back out of a PDF.
 */
package io.github.portfoliosdk.render.pdf;
