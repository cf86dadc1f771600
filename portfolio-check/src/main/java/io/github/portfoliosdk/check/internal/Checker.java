package io.github.portfoliosdk.check.internal;

import io.github.portfoliosdk.check.CheckReport;
import io.github.portfoliosdk.check.Finding;
import io.github.portfoliosdk.check.Location;
import io.github.portfoliosdk.check.Rule;
import io.github.portfoliosdk.model.Portfolio;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Runs every rule on one PDF. Stateless. */
public final class Checker {

    private Checker() {
    }

    /**
     * The report for this PDF.
     *
     * @param maxBytes the largest file that is not reported
     * @param portfolio the portfolio whose facts the CV should hold, or null
     * @throws IllegalArgumentException when the bytes are not a PDF PDFBox and Tika can read
     */
    public static CheckReport check(byte[] pdf, Portfolio portfolio, long maxBytes) {
        List<Finding> findings = new ArrayList<>();
        if (pdf.length > maxBytes) {
            findings.add(new Finding(Rule.FILE_SIZE, Location.FILE, String.format(java.util.Locale.ROOT,
                    "the file is %.1f MB; applicant-tracking systems refuse files over %.1f MB", pdf.length / 1e6,
                    maxBytes / 1e6)));
        }
        TextLayer layer;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            layer = TextLayer.read(document);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a PDF PDFBox can read: " + e.getMessage(), e);
        }
        String tika = TikaText.of(pdf);
        int tikaCharacters = TikaText.characters(tika);
        List<List<Line>> lines = new ArrayList<>();
        for (Page page : layer.pages()) {
            lines.add(Line.of(page));
            boolean noText = page.glyphs().stream().allMatch(g -> g.text().isBlank());
            if (noText && page.images() > 0) {
                findings.add(new Finding(Rule.NO_TEXT_LAYER, Location.page(page.number()),
                        "the page is an image with no text layer: a parser reads nothing here (export the CV from"
                                + " the program that wrote it, or run OCR)"));
            }
        }
        int characters = layer.characters();
        if (characters > 0 && tikaCharacters == 0 || characters == 0 && tikaCharacters > 0) {
            findings.add(new Finding(Rule.EXTRACTORS_DISAGREE, Location.FILE, "PDFBox extracts " + characters
                    + " characters and Apache Tika " + tikaCharacters + ": parsers will disagree on this CV"));
        }
        findings.addAll(glyphs(layer.badGlyphs()));
        for (Page page : layer.pages()) {
            findings.addAll(Columns.find(page));
        }
        findings.addAll(Contacts.find(layer.pages(), lines));
        findings.addAll(Headings.find(lines));
        findings.addAll(Dates.find(lines));
        int facts = 0;
        int found = 0;
        if (portfolio != null) {
            Facts.Result result = Facts.find(portfolio, SearchText.of(lines), tika);
            findings.addAll(result.findings());
            facts = result.facts();
            found = result.found();
        }
        findings.sort(Comparator.comparingInt((Finding f) -> f.location().page())
                .thenComparingDouble(f -> f.location().y()).thenComparingDouble(f -> f.location().x()));
        return new CheckReport(layer.pages().size(), characters, tikaCharacters, facts, found, findings);
    }

    /** One finding per page and font: how many glyphs, and where the first is. */
    private static List<Finding> glyphs(List<TextLayer.BadGlyph> bad) {
        Map<String, List<TextLayer.BadGlyph>> groups = new LinkedHashMap<>();
        for (TextLayer.BadGlyph glyph : bad) {
            groups.computeIfAbsent(glyph.page() + "\u0000" + glyph.font() + "\u0000" + glyph.text().isEmpty(),
                    k -> new ArrayList<>()).add(glyph);
        }
        List<Finding> findings = new ArrayList<>();
        for (List<TextLayer.BadGlyph> group : groups.values()) {
            TextLayer.BadGlyph first = group.get(0);
            String count = group.size() == 1 ? "1 glyph" : group.size() + " glyphs";
            String message = first.text().isEmpty()
                    ? count + " of the font " + first.font() + " map to no text (the font has no ToUnicode map):"
                            + " a parser reads nothing or garbage there"
                    : count + " of the font " + first.font() + " are ligatures (such as \"" + first.text()
                            + "\"): a parser that does not split them sees a word it cannot match";
            findings.add(new Finding(Rule.UNMAPPED_GLYPH, Location.of(first.page(), first.x(), first.y()), message));
        }
        return findings;
    }
}
