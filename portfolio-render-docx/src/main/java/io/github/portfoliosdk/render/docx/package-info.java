/**
 * Renders a portfolio as a Word CV ({@code .docx}): {@link io.github.portfoliosdk.render.docx.DocxRenderer}.
 */
package io.github.portfoliosdk.render.docx;
