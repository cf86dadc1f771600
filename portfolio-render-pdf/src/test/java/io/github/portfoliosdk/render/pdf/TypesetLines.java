package io.github.portfoliosdk.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The typeset lines of a PDF read with PDFBox from the glyphs' positions: each line's text, font size, left and right
 * edges and baseline, page by page, top to bottom. A line's size is the one most of its glyphs are drawn at (their
 * rendering matrix's vertical scale, in points). A space is read where the gap between two glyphs is wider than
 * a fifth of the font size.
 */
final class TypesetLines {

    /** One line of glyphs on a baseline. */
    record Line(String text, float size, float left, float right, float baseline) {

        /** Whether the line is set in this size (within 0.2 pt). */
        boolean isIn(float points) {
            return Math.abs(size - points) < 0.2f;
        }
    }

    private TypesetLines() {
    }

    /** Each page's lines, top to bottom. */
    static List<List<Line>> of(byte[] pdf) throws IOException {
        try (PDDocument document = PdfDocuments.load(pdf)) {
            List<List<Line>> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                List<TextPosition> glyphs = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition text) {
                        glyphs.add(text);
                    }
                };
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(document);
                pages.add(lines(glyphs));
            }
            return pages;
        }
    }

    private static List<Line> lines(List<TextPosition> glyphs) {
        Map<Integer, List<TextPosition>> byBaseline = new TreeMap<>();
        for (TextPosition glyph : glyphs) {
            // glyphs of one line share a baseline; superscripts aside, 1.5 pt apart is another line
            int key = Math.round(glyph.getYDirAdj() / 1.5f);
            List<TextPosition> line = byBaseline.get(key);
            if (line == null && byBaseline.containsKey(key - 1)) {
                line = byBaseline.get(key - 1);
            }
            if (line == null) {
                line = new ArrayList<>();
                byBaseline.put(key, line);
            }
            line.add(glyph);
        }
        List<Line> lines = new ArrayList<>();
        for (List<TextPosition> line : byBaseline.values()) {
            line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
            StringBuilder text = new StringBuilder();
            Map<Float, Integer> sizes = new TreeMap<>();
            float end = Float.NaN;
            for (TextPosition glyph : line) {
                float size = Math.abs(glyph.getYScale());
                if (!Float.isNaN(end) && glyph.getXDirAdj() - end > size / 5 && !text.toString().endsWith(" ")) {
                    text.append(' ');
                }
                text.append(glyph.getUnicode());
                end = glyph.getXDirAdj() + glyph.getWidthDirAdj();
                if (!glyph.getUnicode().isBlank()) {
                    sizes.merge(Math.round(size * 10) / 10f, 1, Integer::sum);
                }
            }
            float size = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
            TextPosition first = line.get(0);
            TextPosition last = line.get(line.size() - 1);
            lines.add(new Line(text.toString().strip(), size, first.getXDirAdj(),
                    last.getXDirAdj() + last.getWidthDirAdj(), first.getYDirAdj()));
        }
        return lines;
    }
}
