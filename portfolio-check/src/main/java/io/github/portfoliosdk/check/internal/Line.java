package io.github.portfoliosdk.check.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of glyphs on one baseline, in stream order, as a parser reading the content stream joins them.
 *
 * @param page the page, from 1
 * @param x the left edge, in points
 * @param y the baseline, in points from the top
 * @param right the right edge, in points
 * @param size the largest font size on the line
 * @param bold whether every glyph that is not white space is bold
 * @param text the line's text, with a space where glyphs are apart
 */
public record Line(int page, float x, float y, float right, float size, boolean bold, String text) {

    /** The lines of a page: a new line starts where the baseline moves or the text goes back to the left. */
    public static List<Line> of(Page page) {
        List<Line> lines = new ArrayList<>();
        List<Glyph> run = new ArrayList<>();
        for (Glyph glyph : page.glyphs()) {
            if (!run.isEmpty()) {
                Glyph last = run.get(run.size() - 1);
                boolean newBaseline = Math.abs(glyph.y() - last.y()) > Math.max(last.size(), glyph.size()) * 0.5f;
                boolean backwards = glyph.x() < last.x() - last.size();
                if (newBaseline || backwards) {
                    lines.add(line(run));
                    run = new ArrayList<>();
                }
            }
            run.add(glyph);
        }
        if (!run.isEmpty()) {
            lines.add(line(run));
        }
        lines.removeIf(l -> l.text().isBlank());
        return lines;
    }

    private static Line line(List<Glyph> run) {
        StringBuilder text = new StringBuilder();
        float left = Float.MAX_VALUE;
        float right = 0;
        float size = 0;
        boolean bold = true;
        Glyph previous = null;
        for (Glyph glyph : run) {
            if (previous != null && glyph.x() - previous.right() > glyph.size() * 0.2f
                    && !text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
            }
            text.append(glyph.text());
            if (!glyph.text().isBlank()) {
                left = Math.min(left, glyph.x());
                right = Math.max(right, glyph.right());
                size = Math.max(size, glyph.size());
                bold &= glyph.bold();
            }
            previous = glyph;
        }
        Glyph first = run.get(0);
        return new Line(first.page(), left == Float.MAX_VALUE ? first.x() : left, first.y(), right, size, bold,
                text.toString().replaceAll("\\s+", " ").strip());
    }
}
