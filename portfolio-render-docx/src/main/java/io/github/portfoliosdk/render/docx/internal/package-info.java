/**
 * The Word renderer's parts: the document writer (the one place that knows WordprocessingML), styles, the layout and
 * its sections. Not part of the API.
 */
package io.github.portfoliosdk.render.docx.internal;
