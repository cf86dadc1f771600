package io.github.portfoliosdk.render.pdf.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * Makes Arabic, Chinese and Japanese text extract as the characters the user wrote, by rewriting the fonts'
 * {@code /ToUnicode} maps of the saved PDF; search, copy and paste, screen readers and applicant tracking systems then
 * get the logical text. Stateless.
 * <ul>
 * <li>{@link RightToLeft} draws each Arabic letter with the presentation form of its place in the word (U+FE91
 * ARABIC LETTER BEH INITIAL FORM for U+0628 ARABIC LETTER BEH), and PDFBox maps each glyph back to the character it
 * was drawn for: a presentation form reads as its letters instead (its compatibility decomposition: U+FEFB, the
 * lam-alef ligature, reads as U+0644 U+0627).</li>
 * <li>Where a font maps several characters to one glyph (U+5DE5 "工" and U+2F2F KANGXI RADICAL WORK; U+2013 EN DASH
 * and U+2012 FIGURE DASH in the Chinese and Japanese fonts), PDFBox reads the glyph as the lowest of them: it reads
 * as the one the document's text uses instead.</li>
 * </ul>
 */
final class UnicodeMaps {

    private static final int CODES = 0x10000;
    private static final int PER_BLOCK = 100;

    private UnicodeMaps() {
    }

    /**
     * Whether the text holds a character that {@link RightToLeft} may draw as a presentation form, or one of the
     * Chinese and Japanese fonts.
     */
    static boolean needed(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC
                || Coverage.isCjk(c));
    }

    /**
     * The PDF with every presentation form in its fonts' Unicode maps read as its letters, and every glyph of several
     * characters as the one {@code text} uses; and each glyph of a shaped font ({@link Indic}) that no character maps to
     * (a conjunct, a half form) read as the characters it stands for: {@code ligatures} holds them by font family
     * and glyph id. Extractors that honour {@code /ActualText} read shaped words from it; the others, glyph by glyph
     * in the order drawn, get each glyph's characters instead of a private-use one.
     */
    static byte[] asWritten(byte[] pdf, String text, Map<String, Map<Integer, String>> ligatures) throws IOException {
        Set<Integer> used = new HashSet<>();
        text.codePoints().forEach(used::add);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            boolean changed = false;
            Set<COSBase> seen = new HashSet<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                COSDictionary fonts = resources == null ? null
                        : resources.getCOSObject().getCOSDictionary(COSName.FONT);
                if (fonts == null) {
                    continue;
                }
                for (COSName key : fonts.keySet()) {
                    COSBase font = fonts.getDictionaryObject(key);
                    if (font instanceof COSDictionary dictionary && seen.add(font)
                            && dictionary.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream map) {
                        String baseFont = dictionary.getNameAsString(COSName.BASE_FONT);
                        // a subset's name is its font's with a tag of six letters and a plus sign before it
                        String name = baseFont == null ? "" : baseFont.substring(baseFont.indexOf('+') + 1);
                        Map<Integer, List<Integer>> shared = Fonts.sharedGlyphs(name);
                        Map<Integer, String> glyphTexts = ligatures.entrySet().stream()
                                .filter(family -> name.startsWith(family.getKey().replace(" ", "") + "-"))
                                .map(Map.Entry::getValue).findFirst().orElse(Map.of());
                        changed |= rewrite(map, shared, used, glyphTexts);
                    }
                }
            }
            if (!changed) {
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            document.save(out);
            return out.toByteArray();
        }
    }

    /**
     * Rewrites the map; {@code shared} holds the glyphs of the font that several characters map to (a subset's codes
     * are the glyph ids of its font), {@code used} the characters of the document, {@code ligatures} the characters
     * of the glyphs of a shaped font that no character maps to.
     */
    private static boolean rewrite(COSStream stream, Map<Integer, List<Integer>> shared, Set<Integer> used,
            Map<Integer, String> ligatures) throws IOException {
        CMap cmap;
        try (InputStream in = stream.createInputStream()) {
            cmap = new CMapParser(false).parse(new RandomAccessReadBuffer(in));
        }
        Map<Integer, String> unicode = new TreeMap<>();
        boolean joined = false;
        for (int code = 0; code < CODES; code++) {
            String text = cmap.toUnicode(code, 2);
            if (text != null) {
                String letters = isGlyphCharacter(text) ? ligatures.getOrDefault(code, text)
                        : letters(asUsed(text, shared.get(code), used));
                joined |= !letters.equals(text);
                unicode.put(code, letters);
            }
        }
        if (!joined) {
            return false;
        }
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(cmapText(unicode).getBytes(StandardCharsets.US_ASCII));
        }
        return true;
    }

    /** Whether the text is one private-use character that {@link Indic} writes a glyph as. */
    private static boolean isGlyphCharacter(String text) {
        return text.length() == 1 && text.charAt(0) >= Indic.GLYPHS && text.charAt(0) < Indic.GLYPHS_END;
    }

    /** The character of the glyph that the document uses, when the glyph has several and the one read is unused. */
    private static String asUsed(String text, List<Integer> characters, Set<Integer> used) {
        if (characters == null || text.codePointCount(0, text.length()) != 1 || used.contains(text.codePointAt(0))) {
            return text;
        }
        return characters.stream().filter(used::contains).findFirst().map(Character::toString).orElse(text);
    }

    /**
     * The text with each Arabic presentation form (blocks A and B) replaced by the letters it stands for: its
     * compatibility decomposition without the space or tatweel (U+0640) a vowel sign's spacing form carries; a
     * ligature's letters are in the order they are drawn, right to left (extractors turn a right-to-left line, and the
     * characters of each glyph in it, around).
     */
    private static String letters(String text) {
        StringBuilder letters = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
            if (block == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_A
                    || block == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_B) {
                String decomposed = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC)
                        .replace(" ", "").replace("\u0640", "");
                letters.append(new StringBuilder(decomposed.isEmpty() ? Character.toString(c) : decomposed)
                        .reverse());
            } else {
                letters.appendCodePoint(c);
            }
        });
        return letters.toString();
    }

    /** A ToUnicode CMap (Adobe technical note 5411) of two-byte codes, one bfchar entry per code. */
    private static String cmapText(Map<Integer, String> unicode) {
        StringBuilder out = new StringBuilder(64 * unicode.size() + 512);
        out.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var entries = unicode.entrySet().iterator();
        int left = unicode.size();
        while (left > 0) {
            int block = Math.min(PER_BLOCK, left);
            out.append(block).append(" beginbfchar\n");
            for (int i = 0; i < block; i++) {
                Map.Entry<Integer, String> entry = entries.next();
                out.append(String.format(Locale.ROOT, "<%04X> <", entry.getKey()));
                for (char c : entry.getValue().toCharArray()) {
                    out.append(String.format(Locale.ROOT, "%04X", (int) c));
                }
                out.append(">\n");
            }
            out.append("endbfchar\n");
            left -= block;
        }
        out.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return out.toString();
    }
}
