package io.github.portfoliosdk.check.internal;

import java.util.List;

/**
 * One page: its size, how many images it draws and its glyphs in stream order.
 *
 * @param number the page number, from 1
 * @param width the width in points
 * @param height the height in points
 * @param images the image XObjects the page draws
 * @param glyphs the glyphs, in content-stream order
 */
public record Page(int number, float width, float height, int images, List<Glyph> glyphs) {

    /** Copies the glyphs. */
    public Page {
        glyphs = List.copyOf(glyphs);
    }
}
