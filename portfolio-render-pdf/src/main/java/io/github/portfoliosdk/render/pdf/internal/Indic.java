package io.github.portfoliosdk.render.pdf.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Tamil and Devanagari text, which openhtmltopdf and PDFBox draw one glyph per character, shaped with the OpenType
 * rules of its font (conjuncts, vowel signs before their consonant, half forms) by the JDK's text layout (HarfBuzz).
 * <ol>
 * <li>Before typesetting, {@link #shape} replaces each word of those scripts in the XHTML's text by the glyphs the
 * layout chose, each written as the private-use character U+E000 plus its glyph id, which {@link Fonts} maps to that
 * glyph in the font it registers; openhtmltopdf measures and draws them as any other character.</li>
 * <li>After typesetting, {@link Shaped#markActualText} wraps each such word drawn in the page content in a marked
 * content sequence whose {@code /ActualText} is the word as written, so text extraction, search and screen readers
 * read the logical characters, not the glyphs in visual order.</li>
 * </ol>
 * The regular and bold faces of each font have the same glyphs in the same order, so the regular face's shaping
 * serves both. Stateless and thread-safe.
 */
final class Indic {

    /** The first private-use character: glyph id {@code g} is written U+E000 + g. */
    static final int GLYPHS = 0xE000;
    /** One past the last private-use character of the Basic Multilingual Plane. */
    static final int GLYPHS_END = 0xF900;

    private static final COSName SPAN = COSName.getPDFName("Span");
    private static final COSName ACTUAL_TEXT = COSName.getPDFName("ActualText");

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, false, false);

    /** A script this class shapes, with its font's family and the font (its regular face) for the layout. */
    private record Script(UnicodeScript script, String family, Font font) {
    }

    private static volatile List<Script> scripts;

    private Indic() {
    }

    /** Whether the character is one this class shapes (a letter or sign of Tamil or Devanagari). */
    static boolean shaped(int codePoint) {
        UnicodeScript script = UnicodeScript.of(codePoint);
        return script == UnicodeScript.TAMIL || script == UnicodeScript.DEVANAGARI;
    }

    /** The XHTML with the Tamil and Devanagari words of its body shaped, and what each shaped word stands for. */
    static Shaped shape(String xhtml) {
        if (xhtml.codePoints().noneMatch(Indic::shaped)) {
            return new Shaped(xhtml, Map.of());
        }
        Map<String, Map<String, String>> words = new HashMap<>();
        StringBuilder out = new StringBuilder(xhtml.length());
        // the head's title is the document's title in its metadata: left as written
        int i = Math.max(0, xhtml.indexOf("<body"));
        out.append(xhtml, 0, i);
        boolean inTag = false;
        while (i < xhtml.length()) {
            int c = xhtml.codePointAt(i);
            Script script = inTag ? null : script(c);
            if (script == null) {
                inTag = c == '<' || inTag && c != '>';
                out.appendCodePoint(c);
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < xhtml.length() && inWord(xhtml.codePointAt(i), script.script())) {
                i += Character.charCount(xhtml.codePointAt(i));
            }
            String word = xhtml.substring(start, i);
            String glyphs = glyphs(script.font(), word);
            out.append(glyphs);
            words.computeIfAbsent(script.family(), f -> new HashMap<>()).putIfAbsent(glyphs, word);
        }
        return new Shaped(out.toString(), Map.copyOf(words));
    }

    /** Whether the character continues a word of the script: a letter or sign of it, a joiner, a combining mark. */
    private static boolean inWord(int codePoint, UnicodeScript script) {
        UnicodeScript of = UnicodeScript.of(codePoint);
        return of == script || of == UnicodeScript.INHERITED;
    }

    /** The word's glyphs as the font's layout chose them, in visual order, each as U+E000 plus its glyph id. */
    static String glyphs(Font font, String word) {
        char[] chars = word.toCharArray();
        GlyphVector vector = font.layoutGlyphVector(CONTEXT, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
        StringBuilder glyphs = new StringBuilder(chars.length);
        for (int glyph : vector.getGlyphCodes(0, vector.getNumGlyphs(), null)) {
            // the layout's invisible glyph (0xFFFF) stands for a joiner that is not drawn
            if (glyph < GLYPHS_END - GLYPHS) {
                glyphs.append((char) (GLYPHS + glyph));
            }
        }
        return glyphs.toString();
    }

    /** The script of the character that this class shapes, or null. */
    private static Script script(int codePoint) {
        if (!shaped(codePoint)) {
            return null;
        }
        UnicodeScript of = UnicodeScript.of(codePoint);
        for (Script script : scripts()) {
            if (script.script() == of) {
                return script;
            }
        }
        return null;
    }

    private static List<Script> scripts() {
        List<Script> loaded = scripts;
        if (loaded == null) {
            loaded = List.of(load(UnicodeScript.TAMIL, Fonts.TAMIL, Fonts.shapingFont(Fonts.TAMIL)),
                    load(UnicodeScript.DEVANAGARI, Fonts.DEVANAGARI, Fonts.shapingFont(Fonts.DEVANAGARI)));
            scripts = loaded;
        }
        return loaded;
    }

    private static Script load(UnicodeScript script, String family, byte[] bytes) {
        try {
            return new Script(script, family,
                    Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes)).deriveFont(1000f));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("the JDK could not load the bundled font " + family + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * The XHTML to typeset, with its shaped words; {@code words} holds, by font family, the glyphs of each shaped
     * word (as written in the XHTML) with the word as the user wrote it.
     */
    record Shaped(String xhtml, Map<String, Map<String, String>> words) {

        /**
         * Wraps each shaped word drawn on the document's pages in a {@code /Span} marked content sequence with the
         * word as its {@code /ActualText}: a string shown in a shaped font is split into its words and the characters
         * between them, which are drawn one after the other where the whole string was.
         */
        void markActualText(PDDocument document) throws IOException {
            if (words.isEmpty()) {
                return;
            }
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                if (resources == null) {
                    continue;
                }
                PDFStreamParser parser = new PDFStreamParser(page);
                List<Object> tokens = parser.parse();
                List<Object> marked = new ArrayList<>(tokens.size());
                Map<String, String> font = null;
                boolean changed = false;
                for (int t = 0; t < tokens.size(); t++) {
                    Object token = tokens.get(t);
                    if (!(token instanceof Operator operator)) {
                        marked.add(token);
                        continue;
                    }
                    String name = operator.getName();
                    if (name.equals("Tf") && t >= 2 && tokens.get(t - 2) instanceof COSName fontName) {
                        font = words(resources.getFont(fontName));
                        marked.add(token);
                    } else if (font != null && name.equals("Tj") && marked.get(marked.size() - 1)
                            instanceof COSString string) {
                        marked.remove(marked.size() - 1);
                        split(string, font, marked);
                        changed = true;
                    } else if (font != null && name.equals("TJ") && marked.get(marked.size() - 1)
                            instanceof COSArray array) {
                        marked.remove(marked.size() - 1);
                        for (COSBase element : array) {
                            if (element instanceof COSString string) {
                                split(string, font, marked);
                            } else {
                                COSArray adjustment = new COSArray();
                                adjustment.add(element);
                                marked.add(adjustment);
                                marked.add(Operator.getOperator("TJ"));
                            }
                        }
                        changed = true;
                    } else {
                        marked.add(token);
                    }
                }
                if (changed) {
                    PDStream stream = new PDStream(document);
                    try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                        new ContentStreamWriter(out).writeTokens(marked);
                    }
                    page.setContents(stream);
                }
            }
        }

        /** The shaped words of the font (by the family in its name), or null for a font that has none. */
        private Map<String, String> words(PDFont font) {
            String name = font == null ? "" : font.getName().replace(" ", "");
            for (Map.Entry<String, Map<String, String>> family : words.entrySet()) {
                if (name.contains(family.getKey().replace(" ", "") + "-")) {
                    return family.getValue();
                }
            }
            return null;
        }

        /**
         * Adds the tokens that draw the string (two-byte glyph ids) as its parts: each longest run of glyphs that is
         * a shaped word within a {@code /Span} with its {@code /ActualText}, the glyphs between them as they are.
         */
        private static void split(COSString string, Map<String, String> words, List<Object> tokens) {
            byte[] bytes = string.getBytes();
            StringBuilder glyphs = new StringBuilder(bytes.length / 2);
            for (int b = 0; b + 1 < bytes.length; b += 2) {
                glyphs.append((char) (GLYPHS + ((bytes[b] & 0xFF) << 8 | bytes[b + 1] & 0xFF)));
            }
            int longest = words.keySet().stream().mapToInt(String::length).max().orElse(0);
            int plain = 0;
            int i = 0;
            while (i < glyphs.length()) {
                String word = null;
                int end = Math.min(glyphs.length(), i + longest);
                for (; end > i && word == null; end--) {
                    word = words.get(glyphs.substring(i, end));
                }
                if (word == null) {
                    i++;
                    continue;
                }
                end++;
                show(bytes, plain, i, tokens);
                COSDictionary properties = new COSDictionary();
                properties.setItem(ACTUAL_TEXT, new COSString(word));
                tokens.add(SPAN);
                tokens.add(properties);
                tokens.add(Operator.getOperator("BDC"));
                show(bytes, i, end, tokens);
                tokens.add(Operator.getOperator("EMC"));
                i = end;
                plain = end;
            }
            show(bytes, plain, glyphs.length(), tokens);
        }

        /** Adds the tokens that draw the glyphs from index {@code from} to {@code to} of the string, if any. */
        private static void show(byte[] bytes, int from, int to, List<Object> tokens) {
            if (to > from) {
                tokens.add(new COSString(Arrays.copyOfRange(bytes, 2 * from, 2 * to)));
                tokens.add(Operator.getOperator("Tj"));
            }
        }
    }
}
