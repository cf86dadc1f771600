package io.github.portfoliosdk.render.pdf.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextAttribute;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.Character.UnicodeScript;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
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
 * The regular and bold faces of each font have the same glyphs in the same order, so a word's glyphs are the same in
 * both; each face's layout places them. Stateless and thread-safe.
 */
final class Indic {

    /** The first private-use character: glyph id {@code g} is written U+E000 + g. */
    static final int GLYPHS = 0xE000;
    /** One past the last private-use character of the Basic Multilingual Plane. */
    static final int GLYPHS_END = 0xF900;

    private static final COSName SPAN = COSName.getPDFName("Span");
    private static final COSName ACTUAL_TEXT = COSName.getPDFName("ActualText");

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, false, false);

    /** A script this class shapes, with its font's family and its regular and bold faces. */
    private record Script(UnicodeScript script, String family, Face regular, Face bold) {
    }

    /**
     * A face for the layout (at 1000 units to the em), with the advance width of each glyph in thousandths of an em,
     * as the PDF's fonts have them, and the character its character map maps to each glyph (0 for none: a conjunct,
     * a half form...).
     */
    private record Face(Font font, float[] advances, int[] characters) {
    }

    /** A shaped word: the text as written, and where each face's layout places its glyphs. */
    record Word(String text, Placement regular, Placement bold) {
    }

    /**
     * Where a layout places a word's glyphs, in thousandths of an em: each glyph's offset from where the advances of
     * the glyphs before it would put it ({@code dx}, to the right) and above the baseline ({@code dy}); then, last in
     * {@code dx}, what brings the pen back to the end of the advances, where openhtmltopdf expects the word to end.
     */
    record Placement(float[] dx, float[] dy) {
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
            return new Shaped(xhtml, Map.of(), Map.of());
        }
        Map<String, Map<String, Word>> words = new HashMap<>();
        Map<String, Map<Integer, String>> ligatures = new HashMap<>();
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
            String text = xhtml.substring(start, i);
            StringBuilder glyphs = new StringBuilder(text.length());
            Map<Integer, String> unmapped = ligatures.computeIfAbsent(script.family(), f -> new HashMap<>());
            Placement regular = layout(script.regular(), text, glyphs, unmapped);
            StringBuilder boldGlyphs = new StringBuilder(text.length());
            Placement bold = layout(script.bold(), text, boldGlyphs, new HashMap<>());
            // the faces have the same glyphs; should a word differ, the bold one is drawn with its own advances
            Word word = new Word(text, regular, boldGlyphs.toString().contentEquals(glyphs) ? bold
                    : new Placement(new float[glyphs.length() + 1], new float[glyphs.length()]));
            out.append(glyphs);
            words.computeIfAbsent(script.family(), f -> new HashMap<>()).putIfAbsent(glyphs.toString(), word);
        }
        return new Shaped(out.toString(), Map.copyOf(words), Map.copyOf(ligatures));
    }

    /** Whether the character continues a word of the script: a letter or sign of it, a joiner, a combining mark. */
    private static boolean inWord(int codePoint, UnicodeScript script) {
        UnicodeScript of = UnicodeScript.of(codePoint);
        return of == script || of == UnicodeScript.INHERITED;
    }

    /**
     * Lays the text out with the script's font: appends its glyphs, in visual order, each as U+E000 plus its glyph
     * id, and returns where they go.
     */
    private static Placement layout(Face face, String text, StringBuilder glyphs, Map<Integer, String> unmapped) {
        char[] chars = text.toCharArray();
        GlyphVector vector = face.font().layoutGlyphVector(CONTEXT, chars, 0, chars.length,
                Font.LAYOUT_LEFT_TO_RIGHT);
        int count = vector.getNumGlyphs();
        int[] codes = vector.getGlyphCodes(0, count, null);
        clusterTexts(face, text, codes, vector.getGlyphCharIndices(0, count, null), unmapped);
        float[] positions = vector.getGlyphPositions(0, count, null);
        float[] dx = new float[count + 1];
        float[] dy = new float[count];
        float pen = 0;
        int drawn = 0;
        for (int g = 0; g < count; g++) {
            // the layout's invisible glyph (0xFFFF) stands for a joiner that is not drawn
            if (codes[g] >= GLYPHS_END - GLYPHS || codes[g] >= face.advances().length) {
                continue;
            }
            glyphs.append((char) (GLYPHS + codes[g]));
            dx[drawn] = positions[2 * g] - pen;
            // the layout's y grows downwards
            dy[drawn] = -positions[2 * g + 1];
            pen = positions[2 * g] + face.advances()[codes[g]];
            drawn++;
        }
        float advances = 0;
        for (int g = 0; g < glyphs.length(); g++) {
            advances += face.advances()[glyphs.charAt(g) - GLYPHS];
        }
        dx[drawn] = advances - pen;
        return new Placement(Arrays.copyOf(dx, drawn + 1), Arrays.copyOf(dy, drawn));
    }

    /**
     * Notes, for each glyph no character maps to (a conjunct, a half form...), the characters it stands for: those of
     * its cluster (the characters from its first character to the next cluster's) less those the cluster's other
     * glyphs are mapped from; only the first such glyph of a cluster gets them, and a glyph keeps the first text noted.
     */
    private static void clusterTexts(Face face, String text, int[] codes, int[] first, Map<Integer, String> unmapped) {
        for (int g = 0; g < codes.length; g++) {
            if (codes[g] >= face.characters().length || face.characters()[codes[g]] != 0) {
                continue;
            }
            int end = text.length();
            for (int start : first) {
                if (start > first[g] && start < end) {
                    end = start;
                }
            }
            StringBuilder cluster = new StringBuilder(text.substring(first[g], end));
            boolean firstUnmapped = true;
            for (int other = 0; other < codes.length; other++) {
                if (first[other] != first[g] || other == g || codes[other] >= face.characters().length) {
                    continue;
                }
                int character = face.characters()[codes[other]];
                int at = character == 0 ? -1 : cluster.indexOf(Character.toString(character));
                if (at >= 0) {
                    cluster.delete(at, at + Character.charCount(character));
                }
                firstUnmapped &= character != 0 || other > g;
            }
            if (firstUnmapped && !cluster.isEmpty()) {
                unmapped.putIfAbsent(codes[g], cluster.toString());
            }
        }
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
            loaded = List.of(
                    new Script(UnicodeScript.TAMIL, Fonts.TAMIL, load(Fonts.TAMIL, "Regular"), load(Fonts.TAMIL, "Bold")),
                    new Script(UnicodeScript.DEVANAGARI, Fonts.DEVANAGARI, load(Fonts.DEVANAGARI, "Regular"),
                            load(Fonts.DEVANAGARI, "Bold")));
            scripts = loaded;
        }
        return loaded;
    }

    private static Face load(String family, String face) {
        byte[] bytes = Fonts.shapingFont(family, face);
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
            float[] advances = new float[ttf.getNumberOfGlyphs()];
            float scale = 1000f / ttf.getUnitsPerEm();
            for (int g = 0; g < advances.length; g++) {
                advances[g] = ttf.getAdvanceWidth(g) * scale;
            }
            int[] characters = new int[advances.length];
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            for (int c = 0xFFFF; c > 0; c--) {
                int glyph = cmap.getGlyphId(c);
                if (glyph > 0 && glyph < characters.length) {
                    characters[glyph] = c;
                }
            }
            // the JDK's layout leaves out kerning and standard ligatures unless asked; HarfBuzz applies them by default
            return new Face(Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes)).deriveFont(Map.of(
                    TextAttribute.SIZE, 1000f, TextAttribute.KERNING, TextAttribute.KERNING_ON,
                    TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON)), advances, characters);
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("the JDK could not load the bundled font " + family + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * The XHTML to typeset, with its shaped words; {@code words} holds, by font family, the glyphs of each shaped
     * word (as written in the XHTML) with the word as the user wrote it; {@code ligatures}, by font family, the
     * characters each glyph no character maps to stands for, for the font's Unicode map ({@link UnicodeMaps}).
     */
    record Shaped(String xhtml, Map<String, Map<String, Word>> words, Map<String, Map<Integer, String>> ligatures) {

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
                Map<String, Word> font = null;
                boolean bold = false;
                float size = 0;
                float spacing = 0;
                Deque<Float> saved = new ArrayDeque<>();
                boolean changed = false;
                for (int t = 0; t < tokens.size(); t++) {
                    Object token = tokens.get(t);
                    if (!(token instanceof Operator operator)) {
                        marked.add(token);
                        continue;
                    }
                    String name = operator.getName();
                    // character spacing is part of the graphics state, which q saves and Q restores
                    if (name.equals("q")) {
                        saved.push(spacing);
                    } else if (name.equals("Q") && !saved.isEmpty()) {
                        spacing = saved.pop();
                    } else if (name.equals("Tc") && marked.get(marked.size() - 1) instanceof COSNumber number) {
                        spacing = number.floatValue();
                    }
                    if (name.equals("Tf") && t >= 2 && tokens.get(t - 2) instanceof COSName fontName) {
                        PDFont pdFont = resources.getFont(fontName);
                        font = words(pdFont);
                        bold = pdFont != null && pdFont.getName().endsWith("-Bold");
                        size = marked.get(marked.size() - 1) instanceof COSNumber number ? number.floatValue() : 0;
                        marked.add(token);
                    } else if (font != null && name.equals("Tj") && marked.get(marked.size() - 1)
                            instanceof COSString string) {
                        marked.remove(marked.size() - 1);
                        split(string, font, bold, size, spacing, marked);
                        changed = true;
                    } else if (font != null && name.equals("TJ") && marked.get(marked.size() - 1)
                            instanceof COSArray array) {
                        marked.remove(marked.size() - 1);
                        for (COSBase element : array) {
                            if (element instanceof COSString string) {
                                split(string, font, bold, size, spacing, marked);
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
        private Map<String, Word> words(PDFont font) {
            String name = font == null ? "" : font.getName().replace(" ", "");
            for (Map.Entry<String, Map<String, Word>> family : words.entrySet()) {
                if (name.contains(family.getKey().replace(" ", "") + "-")) {
                    return family.getValue();
                }
            }
            return null;
        }

        /**
         * Adds the tokens that draw the string (two-byte glyph ids) as its parts: each longest run of glyphs that is
         * a shaped word within a {@code /Span} with its {@code /ActualText}, each glyph where the layout placed it, the
         * glyphs between them as they are. {@code bold} when the font is the bold face, {@code size} its size,
         * {@code spacing} the character spacing.
         */
        private static void split(COSString string, Map<String, Word> words, boolean bold, float size,
                float spacing, List<Object> tokens) {
            byte[] bytes = string.getBytes();
            StringBuilder glyphs = new StringBuilder(bytes.length / 2);
            for (int b = 0; b + 1 < bytes.length; b += 2) {
                glyphs.append((char) (GLYPHS + ((bytes[b] & 0xFF) << 8 | bytes[b + 1] & 0xFF)));
            }
            int longest = words.keySet().stream().mapToInt(String::length).max().orElse(0);
            int plain = 0;
            int i = 0;
            while (i < glyphs.length()) {
                Word word = null;
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
                properties.setItem(ACTUAL_TEXT, new COSString(word.text()));
                tokens.add(SPAN);
                tokens.add(properties);
                tokens.add(Operator.getOperator("BDC"));
                place(bytes, i, bold ? word.bold() : word.regular(), size, spacing, tokens);
                tokens.add(Operator.getOperator("EMC"));
                i = end;
                plain = end;
            }
            show(bytes, plain, glyphs.length(), tokens);
        }

        /**
         * Adds the tokens that draw the word's glyphs, from index {@code from} of the string, where the layout placed
         * them: a {@code TJ} array that moves the pen before each glyph, a text rise ({@code Ts}) for the glyphs off
         * the baseline, reset after them. What brings the pen back to the end of the advances is character spacing
         * ({@code Tc}, from {@code spacing}, the current one) on the last glyph, so that text extraction, which takes a
         * word to end where its last glyph's advance ends, sees the word end where openhtmltopdf put what follows.
         */
        private static void place(byte[] bytes, int from, Placement placement, float size, float spacing,
                List<Object> tokens) {
            float[] dx = placement.dx();
            float[] dy = placement.dy();
            float rise = 0;
            COSArray shown = new COSArray();
            for (int g = 0; g < dy.length; g++) {
                if (dy[g] != rise) {
                    shown = flush(shown, tokens);
                    tokens.add(new COSFloat(dy[g] * size / 1000));
                    tokens.add(Operator.getOperator("Ts"));
                    rise = dy[g];
                }
                if (dx[g] != 0) {
                    shown.add(new COSFloat(-dx[g]));
                }
                boolean last = g == dy.length - 1 && dx[dy.length] != 0;
                if (last) {
                    shown = flush(shown, tokens);
                    tokens.add(new COSFloat(spacing + dx[dy.length] * size / 1000));
                    tokens.add(Operator.getOperator("Tc"));
                }
                int at = 2 * (from + g);
                shown.add(new COSString(Arrays.copyOfRange(bytes, at, at + 2)));
                if (last) {
                    shown = flush(shown, tokens);
                    tokens.add(new COSFloat(spacing));
                    tokens.add(Operator.getOperator("Tc"));
                }
            }
            flush(shown, tokens);
            if (rise != 0) {
                tokens.add(new COSFloat(0));
                tokens.add(Operator.getOperator("Ts"));
            }
        }

        /** Adds the tokens that show the array, if it is not empty; returns a new, empty one. */
        private static COSArray flush(COSArray shown, List<Object> tokens) {
            if (shown.size() > 0) {
                tokens.add(shown);
                tokens.add(Operator.getOperator("TJ"));
            }
            return new COSArray();
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
