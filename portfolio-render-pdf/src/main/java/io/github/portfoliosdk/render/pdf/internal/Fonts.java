package io.github.portfoliosdk.render.pdf.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The bundled fonts (resources beside this class, with their licences): DejaVu for Latin, Greek and Cyrillic, Noto
 * Sans Arabic, Hebrew, Tamil and Devanagari, Noto Emoji; registered with openhtmltopdf to be embedded as subsets,
 * and what they cover. The font files are read once; no system font is ever used.
 * <p>PDFBox applies the Latin ligatures of a font's glyph substitution table (GSUB), and a ligature glyph reads back
 * as one character ("ﬁ" for "fi"), which breaks search and text extraction by applicant tracking systems. So the
 * table is hidden: its tag in the font's table directory is renamed, PDFBox finds no substitutions, and the subset it
 * embeds leaves the table out. Nothing else in the font changes.
 */
public final class Fonts {

    private record Face(String family, int weight, FontStyle style, byte[] bytes) {
    }

    private static final int GSUB = tag("GSUB");
    private static final int HIDDEN_GSUB = tag("gsub");
    private static final int CMAP = tag("cmap");

    /** The family of the Arabic script's font, which {@link XhtmlWriter} names for each run of Arabic text. */
    static final String ARABIC = "Noto Sans Arabic";
    /** The family of the Hebrew script's font. */
    static final String HEBREW = "Noto Sans Hebrew";
    /** The family of the Tamil script's font, whose glyphs {@link Indic} chooses. */
    static final String TAMIL = "Noto Sans Tamil";
    /** The family of the Devanagari script's font, whose glyphs {@link Indic} chooses. */
    static final String DEVANAGARI = "Noto Sans Devanagari";

    private static final List<Face> FACES = List.of(
            face("DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL),
            face("DejaVuSans-Bold.ttf", "DejaVu Sans", 700, FontStyle.NORMAL),
            face("DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, FontStyle.ITALIC),
            face("DejaVuSansMono.ttf", "DejaVu Sans Mono", 400, FontStyle.NORMAL),
            face("DejaVuSansMono-Bold.ttf", "DejaVu Sans Mono", 700, FontStyle.NORMAL),
            face("NotoSansArabic-Regular.ttf", ARABIC, 400, FontStyle.NORMAL),
            face("NotoSansArabic-Bold.ttf", ARABIC, 700, FontStyle.NORMAL),
            face("NotoSansHebrew-Regular.ttf", HEBREW, 400, FontStyle.NORMAL),
            face("NotoSansHebrew-Bold.ttf", HEBREW, 700, FontStyle.NORMAL),
            shapedFace("NotoSansTamil-Regular.ttf", TAMIL, 400),
            shapedFace("NotoSansTamil-Bold.ttf", TAMIL, 700),
            shapedFace("NotoSansDevanagari-Regular.ttf", DEVANAGARI, 400),
            shapedFace("NotoSansDevanagari-Bold.ttf", DEVANAGARI, 700),
            face("NotoEmoji-Regular.ttf", "Noto Emoji", 400, FontStyle.NORMAL));

    /** Where the optional artifact {@value #CJK_ARTIFACT} keeps its fonts, on the class path or module path. */
    private static final String CJK_FOLDER = "io/github/portfoliosdk/render/pdf/fonts/cjk/";
    /** The optional artifact with the Chinese and Japanese fonts, as README and error messages name it. */
    public static final String CJK_ARTIFACT = "io.github.portfoliosdk:portfolio-render-pdf-fonts-cjk";

    private static final List<Face> CJK_FACES = cjkFaces();

    /**
     * For each Chinese and Japanese font by PostScript name, its glyphs that more than one character maps to
     * ("⼯" U+2F2F KANGXI RADICAL WORK and "工" U+5DE5), with those characters.
     */
    private static final Map<String, Map<Integer, List<Integer>>> SHARED_GLYPHS = sharedGlyphs(CJK_FACES);

    private static final Coverage COVERAGE = new Coverage(glyphs(Stream.concat(FACES.stream(), CJK_FACES.stream())
            .filter(face -> face.weight() == 400 && face.style() == FontStyle.NORMAL
                    && !face.family().equals("DejaVu Sans Mono"))
            .map(Face::bytes).toArray(byte[][]::new)), !CJK_FACES.isEmpty());

    private Fonts() {
    }

    /**
     * Registers every face with the builder, to be embedded as a subset; the Chinese and Japanese ones (when their
     * artifact is present) only for a document with text in those scripts.
     */
    public static void register(PdfRendererBuilder builder, boolean cjk) {
        for (Face face : cjk ? Stream.concat(FACES.stream(), CJK_FACES.stream()).toList() : FACES) {
            byte[] bytes = face.bytes();
            builder.useFont(() -> new ByteArrayInputStream(bytes), face.family(), face.weight(), face.style(), true);
        }
    }

    /**
     * The glyphs of the font with this PostScript name ({@code NotoSansSC-Regular}) that more than one character
     * maps to, by glyph id, with those characters; empty for a font without such glyphs.
     */
    public static Map<Integer, List<Integer>> sharedGlyphs(String postScriptName) {
        return SHARED_GLYPHS.getOrDefault(postScriptName, Map.of());
    }

    private static Map<String, Map<Integer, List<Integer>>> sharedGlyphs(List<Face> faces) {
        Map<String, Map<Integer, List<Integer>>> fonts = new HashMap<>();
        for (Face face : faces) {
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()))) {
                CmapLookup cmap = ttf.getUnicodeCmapLookup();
                Map<Integer, List<Integer>> shared = new HashMap<>();
                for (int glyph = 1; glyph < ttf.getNumberOfGlyphs(); glyph++) {
                    List<Integer> codes = cmap.getCharCodes(glyph);
                    if (codes != null && codes.size() > 1) {
                        shared.put(glyph, List.copyOf(codes));
                    }
                }
                fonts.put(ttf.getName(), Map.copyOf(shared));
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the font " + face.family() + ": " + e.getMessage(), e);
            }
        }
        return Map.copyOf(fonts);
    }

    /** The fonts of {@value #CJK_ARTIFACT}, or none when it is not on the class path or module path. */
    private static List<Face> cjkFaces() {
        ClassLoader loader = Fonts.class.getClassLoader();
        if (loader == null || loader.getResource(CJK_FOLDER + "NotoSansJP-Regular.ttf") == null) {
            return List.of();
        }
        return List.of(cjkFace(loader, "NotoSansJP-Regular.ttf", "Noto Sans JP", 400),
                cjkFace(loader, "NotoSansJP-Bold.ttf", "Noto Sans JP", 700),
                cjkFace(loader, "NotoSansSC-Regular.ttf", "Noto Sans SC", 400),
                cjkFace(loader, "NotoSansSC-Bold.ttf", "Noto Sans SC", 700));
    }

    private static Face cjkFace(ClassLoader loader, String file, String family, int weight) {
        try (InputStream in = loader.getResourceAsStream(CJK_FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException(CJK_ARTIFACT + " lacks its font " + file);
            }
            return new Face(family, weight, FontStyle.NORMAL, withoutVariationSequences(withoutSubstitutions(
                    in.readAllBytes())));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the font " + file + " of " + CJK_ARTIFACT + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * The characters the body font, DejaVu Sans, the Arabic, Hebrew, Tamil and Devanagari fonts, Noto Emoji and (when present) the
     * Chinese and Japanese fonts can typeset.
     */
    public static Coverage coverage() {
        return COVERAGE;
    }

    private static Face face(String file, String family, int weight, FontStyle style) {
        return new Face(family, weight, style, withoutVariationSequences(withoutSubstitutions(bundled(file))));
    }

    /**
     * A face whose text {@link Indic} shapes: its character map also maps each private-use character U+E000 + g to
     * glyph g, for every glyph.
     */
    private static Face shapedFace(String file, String family, int weight) {
        return new Face(family, weight, FontStyle.NORMAL, withGlyphCharacters(withoutSubstitutions(bundled(file))));
    }

    /** The bytes of a face ("Regular", "Bold") of a font {@link Indic} shapes with, as bundled (with its GSUB table). */
    static byte[] shapingFont(String family, String face) {
        return bundled(family.replace(" ", "") + "-" + face + ".ttf");
    }

    private static byte[] bundled(String file) {
        try (InputStream in = Fonts.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing font resource fonts/" + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the bundled font " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The font with its character map replaced by one Windows Unicode (3,1) format 4 subtable: the font's own
     * characters of the Basic Multilingual Plane and U+E000 + g for each glyph g. The new table is appended to the
     * file and the table directory pointed at it.
     */
    private static byte[] withGlyphCharacters(byte[] font) {
        TreeMap<Integer, Integer> map = new TreeMap<>();
        int glyphs;
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            glyphs = ttf.getNumberOfGlyphs();
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            for (int c = 0; c < 0xFFFF; c++) {
                int glyph = cmap.getGlyphId(c);
                if (glyph > 0) {
                    map.put(c, glyph);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the bundled font: " + e.getMessage(), e);
        }
        if (glyphs > Indic.GLYPHS_END - Indic.GLYPHS) {
            throw new IllegalStateException("a shaped font has more glyphs than the private-use area has characters");
        }
        map.keySet().removeIf(c -> c >= Indic.GLYPHS && c < Indic.GLYPHS_END);
        for (int g = 0; g < glyphs; g++) {
            map.put(Indic.GLYPHS + g, g);
        }
        // segments of consecutive characters with consecutive glyphs, then the closing segment U+FFFF
        List<int[]> segments = new ArrayList<>();
        for (Map.Entry<Integer, Integer> entry : map.entrySet()) {
            int[] last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
            if (last != null && last[1] + 1 == entry.getKey() && last[2] == entry.getValue() - entry.getKey()) {
                last[1]++;
            } else {
                segments.add(new int[] {entry.getKey(), entry.getKey(), entry.getValue() - entry.getKey()});
            }
        }
        segments.add(new int[] {0xFFFF, 0xFFFF, 1});
        int count = segments.size();
        int subtable = 16 + 8 * count;
        ByteBuffer cmap = ByteBuffer.allocate(4 + 8 + subtable);
        cmap.putShort((short) 0).putShort((short) 1).putShort((short) 3).putShort((short) 1).putInt(12);
        int power = Integer.highestOneBit(count);
        cmap.putShort((short) 4).putShort((short) subtable).putShort((short) 0).putShort((short) (2 * count))
                .putShort((short) (2 * power)).putShort((short) Integer.numberOfTrailingZeros(power))
                .putShort((short) (2 * count - 2 * power));
        segments.forEach(s -> cmap.putShort((short) s[1]));
        cmap.putShort((short) 0);
        segments.forEach(s -> cmap.putShort((short) s[0]));
        segments.forEach(s -> cmap.putShort((short) s[2]));
        segments.forEach(s -> cmap.putShort((short) 0));
        int offset = (font.length + 3) & ~3;
        byte[] table = cmap.array();
        byte[] out = Arrays.copyOf(font, offset + ((table.length + 3) & ~3));
        System.arraycopy(table, 0, out, offset, table.length);
        ByteBuffer buffer = ByteBuffer.wrap(out);
        int tables = Short.toUnsignedInt(buffer.getShort(4));
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (buffer.getInt(entry) == CMAP) {
                buffer.putInt(entry + 8, offset).putInt(entry + 12, table.length);
            }
        }
        return out;
    }

    /** Renames the GSUB entry of the TrueType table directory (big-endian: table count at 4, 16-byte entries from 12). */
    private static byte[] withoutSubstitutions(byte[] font) {
        ByteBuffer buffer = ByteBuffer.wrap(font);
        int tables = Short.toUnsignedInt(buffer.getShort(4));
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (buffer.getInt(entry) == GSUB) {
                buffer.putInt(entry, HIDDEN_GSUB);
            }
        }
        return font;
    }

    /**
     * Points each format 14 subtable of the character map (Unicode variation sequences, which the PDF does not use:
     * it leaves variation selectors out) at another subtable of the map, so that PDFBox, which cannot read format 14,
     * does not log a warning each time it loads the font.
     */
    private static byte[] withoutVariationSequences(byte[] font) {
        ByteBuffer buffer = ByteBuffer.wrap(font);
        int tables = Short.toUnsignedInt(buffer.getShort(4));
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (buffer.getInt(entry) == CMAP) {
                int cmap = buffer.getInt(entry + 8);
                int records = Short.toUnsignedInt(buffer.getShort(cmap + 2));
                int other = -1;
                for (int r = 0; r < records && other < 0; r++) {
                    int offset = buffer.getInt(cmap + 4 + 8 * r + 4);
                    other = buffer.getShort(cmap + offset) == 14 ? -1 : offset;
                }
                for (int r = 0; r < records && other >= 0; r++) {
                    int record = cmap + 4 + 8 * r;
                    if (buffer.getShort(cmap + buffer.getInt(record + 4)) == 14) {
                        buffer.putInt(record + 4, other);
                    }
                }
            }
        }
        return font;
    }

    private static int tag(String name) {
        return ByteBuffer.wrap(name.getBytes(StandardCharsets.US_ASCII)).getInt();
    }

    /** The characters the fonts map to a glyph. */
    private static BitSet glyphs(byte[]... fonts) {
        BitSet characters = new BitSet(0x20000);
        for (byte[] font : fonts) {
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
                CmapLookup cmap = ttf.getUnicodeCmapLookup();
                for (int glyph = 1; glyph < ttf.getNumberOfGlyphs(); glyph++) {
                    List<Integer> codes = cmap.getCharCodes(glyph);
                    if (codes != null) {
                        codes.forEach(characters::set);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the bundled font: " + e.getMessage(), e);
            }
        }
        return characters;
    }
}
