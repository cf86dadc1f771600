package io.github.portfoliosdk.check.internal;

/**
 * One glyph as the PDF draws it, in the order of the content stream.
 *
 * @param page the page, from 1
 * @param x points from the page's left edge
 * @param y the baseline, in points from the page's top edge
 * @param width the advance, in points
 * @param size the font size, in points
 * @param bold whether the font is bold
 * @param text the Unicode text PDFBox maps the glyph to (NFKC-normalised, as parsers do)
 */
public record Glyph(int page, float x, float y, float width, float size, boolean bold, String text) {

    /** Where the glyph's right edge is. */
    public float right() {
        return x + width;
    }
}
