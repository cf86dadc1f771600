/**
 * Renders a portfolio as plain text ({@code cv.txt}) to paste into application forms:
 * {@link io.github.portfoliosdk.render.text.PlainTextRenderer}.
 */
package io.github.portfoliosdk.render.text;
