/**
 * How the PDF renderer works inside: the XHTML writer that escapes all text, the CV layout, the typesetting with
 * openhtmltopdf and the attachment. Not part of the API; not exported.
 */
package io.github.portfoliosdk.render.pdf.internal;
