package io.github.portfoliosdk.check.internal;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A line of text as a parser reads it: the glyphs on one baseline, in the order of their places on the line, with
 * right-to-left text turned into the order it was written in (as PDFBox's text stripper and Tika do).
 *
 * @param page the page, from 1
 * @param x the left edge, in points
 * @param y the baseline, in points from the top
 * @param right the right edge, in points
 * @param size the largest font size on the line
 * @param bold whether every glyph that is not white space is bold
 * @param text the line's text, with a space where glyphs are apart
 * @param origins the glyph each character of the text comes from
 */
public record Line(int page, float x, float y, float right, float size, boolean bold, String text,
        List<Glyph> origins) {

    /** The widest gap, in ems, between a run and a line on the same baseline that it still belongs to. */
    private static final float JOIN = 1.5f;

    /** Mirrored characters a right-to-left run shows turned around, and what they are in the text. */
    private static final Map<Character, Character> MIRRORED = Map.ofEntries(Map.entry('(', ')'),
            Map.entry(')', '('), Map.entry('[', ']'), Map.entry(']', '['), Map.entry('{', '}'), Map.entry('}', '{'),
            Map.entry('<', '>'), Map.entry('>', '<'), Map.entry('«', '»'), Map.entry('»', '«'),
            Map.entry('‹', '›'), Map.entry('›', '‹'));

    /** Copies the origins. */
    public Line {
        origins = List.copyOf(origins);
    }

    /**
     * The lines of a page, in the order the content stream starts them. The stream's glyphs fall into runs (a run
     * ends where the baseline moves, the text goes back to the left or leaves a gap); a run on the baseline of a line already
     * started, and beside it, belongs to that line: a renderer may draw a line's text in one font first and its
     * words in another font after (openhtmltopdf draws an element's own text before the spans in it). A line's
     * runs are read from left to right, and its right-to-left text turned around.
     */
    public static List<Line> of(Page page) {
        List<List<List<Glyph>>> lines = new ArrayList<>();
        for (List<Glyph> run : runs(page.glyphs())) {
            List<List<Glyph>> line = lineOf(lines, run);
            if (line == null) {
                lines.add(new ArrayList<>(List.of(run)));
            } else {
                line.add(run);
            }
        }
        List<Line> result = new ArrayList<>();
        for (List<List<Glyph>> runs : lines) {
            runs.sort(Comparator.comparingDouble(Line::left));
            List<Glyph> glyphs = new ArrayList<>();
            runs.forEach(glyphs::addAll);
            Line line = line(glyphs);
            if (!line.text().isBlank()) {
                result.add(line);
            }
        }
        return result;
    }

    private static List<List<Glyph>> runs(List<Glyph> glyphs) {
        List<List<Glyph>> runs = new ArrayList<>();
        List<Glyph> run = new ArrayList<>();
        for (Glyph glyph : glyphs) {
            if (!run.isEmpty()) {
                Glyph last = run.get(run.size() - 1);
                boolean newBaseline = Math.abs(glyph.y() - last.y()) > Math.max(last.size(), glyph.size()) * 0.5f;
                boolean backwards = glyph.x() < last.x() - last.size();
                boolean apart = glyph.x() - last.right() > glyph.size() * 0.2f;
                if (newBaseline || backwards || apart) {
                    runs.add(run);
                    run = new ArrayList<>();
                }
            }
            run.add(glyph);
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    /** The line already started that the run belongs to: on its baseline and beside or inside it; or null. */
    private static List<List<Glyph>> lineOf(List<List<List<Glyph>>> lines, List<Glyph> run) {
        Glyph first = run.get(0);
        float runLeft = left(run);
        float runRight = right(run);
        for (int i = lines.size() - 1; i >= 0; i--) {
            List<List<Glyph>> line = lines.get(i);
            Glyph start = line.get(0).get(0);
            float em = Math.max(start.size(), first.size());
            if (Math.abs(start.y() - first.y()) > em * 0.5f) {
                continue;
            }
            float lineLeft = Float.MAX_VALUE;
            float lineRight = -Float.MAX_VALUE;
            for (List<Glyph> part : line) {
                lineLeft = Math.min(lineLeft, left(part));
                lineRight = Math.max(lineRight, right(part));
            }
            if (runLeft <= lineRight + em * JOIN && runRight >= lineLeft - em * JOIN) {
                return line;
            }
        }
        return null;
    }

    private static float left(List<Glyph> run) {
        float left = Float.MAX_VALUE;
        for (Glyph glyph : run) {
            left = Math.min(left, glyph.x());
        }
        return left;
    }

    private static float right(List<Glyph> run) {
        float right = -Float.MAX_VALUE;
        for (Glyph glyph : run) {
            right = Math.max(right, glyph.right());
        }
        return right;
    }

    private static Line line(List<Glyph> run) {
        StringBuilder text = new StringBuilder();
        List<Glyph> origins = new ArrayList<>();
        float left = Float.MAX_VALUE;
        float right = 0;
        float size = 0;
        boolean bold = true;
        Glyph previous = null;
        for (Glyph glyph : run) {
            if (previous != null && glyph.x() - previous.right() > glyph.size() * 0.2f) {
                space(text, origins, glyph);
            }
            for (int i = 0; i < glyph.text().length(); i++) {
                char c = glyph.text().charAt(i);
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    space(text, origins, glyph);
                } else {
                    text.append(c);
                    origins.add(glyph);
                }
            }
            if (!glyph.text().isBlank()) {
                left = Math.min(left, glyph.x());
                right = Math.max(right, glyph.right());
                size = Math.max(size, glyph.size());
                bold &= glyph.bold();
            }
            previous = glyph;
        }
        if (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
            origins.remove(origins.size() - 1);
        }
        Glyph first = run.get(0);
        String written = text.toString();
        List<Glyph> from = origins;
        if (Bidi.requiresBidi(written.toCharArray(), 0, written.length())) {
            int[] order = logicalOrder(written);
            StringBuilder logical = new StringBuilder(written.length());
            from = new ArrayList<>(origins.size());
            for (int index : order) {
                char c = written.charAt(Math.abs(index) - 1);
                logical.append(index < 0 ? MIRRORED.getOrDefault(c, c) : c);
                from.add(origins.get(Math.abs(index) - 1));
            }
            written = logical.toString();
        }
        return new Line(first.page(), left == Float.MAX_VALUE ? first.x() : left, first.y(), right, size, bold,
                written, from);
    }

    /** Appends one space, never two in a row or one at the start. */
    private static void space(StringBuilder text, List<Glyph> origins, Glyph glyph) {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
            text.append(' ');
            origins.add(glyph);
        }
    }

    /**
     * The characters of a line drawn left to right in the order they were written, as PDFBox's text stripper finds
     * it: the bidirectional algorithm splits the line into runs, the runs are put in visual order, and each
     * right-to-left run is read from its end (a combining mark still after its letter). Each entry is an index into the text plus one, negative for a
     * character of a right-to-left run (whose brackets read mirrored).
     */
    private static int[] logicalOrder(String text) {
        Bidi bidi = new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int count = bidi.getRunCount();
        byte[] levels = new byte[count];
        Integer[] runs = new Integer[count];
        for (int i = 0; i < count; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            runs[i] = i;
        }
        Bidi.reorderVisually(levels, 0, runs, 0, count);
        int[] order = new int[text.length()];
        int at = 0;
        for (int run : runs) {
            int start = bidi.getRunStart(run);
            int end = bidi.getRunLimit(run);
            if ((bidi.getRunLevel(run) & 1) != 0) {
                // a combining mark or low surrogate stays after the character it belongs to
                for (int i = end - 1; i >= start; ) {
                    int base = i;
                    while (base > start && attached(text.charAt(base))) {
                        base--;
                    }
                    for (int j = base; j <= i; j++) {
                        order[at++] = -(j + 1);
                    }
                    i = base - 1;
                }
            } else {
                for (int i = start; i < end; i++) {
                    order[at++] = i + 1;
                }
            }
        }
        return order;
    }

    private static boolean attached(char c) {
        int type = Character.getType(c);
        return Character.isLowSurrogate(c) || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }
}
