package io.github.portfoliosdk.check.internal;

import io.github.portfoliosdk.check.Finding;
import io.github.portfoliosdk.check.Location;
import io.github.portfoliosdk.check.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds text set in columns side by side: rows of text, top to bottom, that keep an empty vertical gutter with
 * text on both sides of it. A parser that reads a page line by line (as most do once they sort by position)
 * joins the left column's line with the right column's, and the reading order interleaves them.
 */
final class Columns {

    /** Rows with text on both sides of the gutter before it counts as columns. */
    private static final int MIN_ROWS = 4;
    /** The narrowest gutter, in points. */
    private static final float MIN_GUTTER = 6f;

    private Columns() {
    }

    /** A row: the glyphs on one baseline, split into segments where they are far apart. */
    private record Segment(float left, float right) {
    }

    private record Row(float y, List<Segment> segments) {
    }

    static List<Finding> find(Page page) {
        List<Finding> findings = new ArrayList<>();
        List<Row> rows = rows(page);
        float gutterLeft = 0;
        float gutterRight = 0;
        int both = 0;
        int lines = 0;
        float startY = 0;
        boolean open = false;
        for (Row row : rows) {
            float[] gap = open ? widestOverlap(row, gutterLeft, gutterRight) : null;
            if (open && gap != null) {
                gutterLeft = gap[0];
                gutterRight = gap[1];
                both++;
                lines++;
                continue;
            }
            if (open && row.segments().size() == 1 && outside(row.segments().get(0), gutterLeft, gutterRight)) {
                lines++;
                continue;
            }
            if (open && both >= MIN_ROWS) {
                findings.add(finding(page, gutterLeft, gutterRight, startY, lines));
            }
            open = false;
            float[] start = widestGap(row);
            if (start != null) {
                open = true;
                gutterLeft = start[0];
                gutterRight = start[1];
                both = 1;
                lines = 1;
                startY = row.y();
            }
        }
        if (open && both >= MIN_ROWS) {
            findings.add(finding(page, gutterLeft, gutterRight, startY, lines));
        }
        return findings;
    }

    private static Finding finding(Page page, float left, float right, float y, int rows) {
        return new Finding(Rule.READING_ORDER, Location.of(page.number(), left, y),
                "text in two columns side by side over " + rows + " lines (gutter at " + Math.round(left) + "–"
                        + Math.round(right) + " pt): a parser reading line by line mixes the columns");
    }

    private static boolean outside(Segment segment, float left, float right) {
        return segment.right() <= left + 1 || segment.left() >= right - 1;
    }

    /** The gap of this row that overlaps the gutter by at least the narrowest gutter; null when none. */
    private static float[] widestOverlap(Row row, float left, float right) {
        float[] best = null;
        for (int i = 1; i < row.segments().size(); i++) {
            float l = Math.max(left, row.segments().get(i - 1).right());
            float r = Math.min(right, row.segments().get(i).left());
            if (r - l >= MIN_GUTTER && (best == null || r - l > best[1] - best[0])) {
                best = new float[] {l, r};
            }
        }
        return best;
    }

    /** The row's widest gap between segments, when it has segments on both sides; null otherwise. */
    private static float[] widestGap(Row row) {
        float[] best = null;
        for (int i = 1; i < row.segments().size(); i++) {
            float l = row.segments().get(i - 1).right();
            float r = row.segments().get(i).left();
            if (r - l >= MIN_GUTTER && (best == null || r - l > best[1] - best[0])) {
                best = new float[] {l, r};
            }
        }
        return best;
    }

    /** The page's glyphs by baseline, top to bottom, each split where glyphs are more than 1.5 em apart. */
    private static List<Row> rows(Page page) {
        List<Glyph> glyphs = new ArrayList<>(page.glyphs());
        glyphs.removeIf(g -> g.text().isBlank());
        glyphs.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<Row> rows = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        for (Glyph glyph : glyphs) {
            if (!current.isEmpty() && glyph.y() - current.get(0).y() > 2f) {
                rows.add(row(current));
                current = new ArrayList<>();
            }
            current.add(glyph);
        }
        if (!current.isEmpty()) {
            rows.add(row(current));
        }
        return rows;
    }

    private static Row row(List<Glyph> glyphs) {
        glyphs.sort(Comparator.comparingDouble(Glyph::x));
        List<Segment> segments = new ArrayList<>();
        float left = glyphs.get(0).x();
        float right = glyphs.get(0).right();
        for (Glyph glyph : glyphs.subList(1, glyphs.size())) {
            if (glyph.x() - right > glyph.size() * 1.5f) {
                segments.add(new Segment(left, right));
                left = glyph.x();
            }
            right = Math.max(right, glyph.right());
        }
        segments.add(new Segment(left, right));
        return new Row(glyphs.get(0).y(), segments);
    }
}
