package io.github.portfoliosdk.render.pdf.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
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
 * Makes Arabic text extract as the letters the user wrote. {@link RightToLeft} draws each Arabic letter with the
 * presentation form of its place in the word (U+FE91 ARABIC LETTER BEH INITIAL FORM for U+0628 ARABIC LETTER BEH),
 * and PDFBox maps each glyph back to the character it was drawn for; this rewrites the fonts' {@code /ToUnicode}
 * maps so that a presentation form reads as its letters (its compatibility decomposition: U+FEFB, the lam-alef
 * ligature, reads as U+0644 U+0627). Search, copy and paste, screen readers and applicant tracking systems then get
 * the logical text. Stateless.
 */
final class JoiningForms {

    private static final int CODES = 0x10000;
    private static final int PER_BLOCK = 100;

    private JoiningForms() {
    }

    /** Whether the text holds a character that {@link RightToLeft} may draw as a presentation form. */
    static boolean mayJoin(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }

    /** The PDF with every presentation form in its fonts' Unicode maps read as its letters; the same bytes if none. */
    static byte[] asLetters(byte[] pdf) throws IOException {
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
                for (COSName name : fonts.keySet()) {
                    COSBase font = fonts.getDictionaryObject(name);
                    if (font instanceof COSDictionary dictionary && seen.add(font)
                            && dictionary.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream map) {
                        changed |= rewrite(map);
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

    private static boolean rewrite(COSStream stream) throws IOException {
        CMap cmap;
        try (InputStream in = stream.createInputStream()) {
            cmap = new CMapParser(false).parse(new RandomAccessReadBuffer(in));
        }
        Map<Integer, String> unicode = new TreeMap<>();
        boolean joined = false;
        for (int code = 0; code < CODES; code++) {
            String text = cmap.toUnicode(code, 2);
            if (text != null) {
                String letters = letters(text);
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
