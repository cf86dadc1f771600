package io.github.portfoliosdk.render.pdf.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The bundled DejaVu fonts (resources beside this class, with their licence), registered with openhtmltopdf to be
 * embedded as subsets, and what they cover. The font files are read once; no system font is ever used.
 * <p>Each font is loaded without its glyph substitution table (GSUB): PDFBox applies Latin ligatures from it, and a
 * ligature glyph reads back as one character ("ﬁ" for "fi"), which breaks search and text extraction by applicant
 * tracking systems. Every glyph the font maps a character to is kept.
 */
public final class Fonts {

    private record Face(String family, int weight, FontStyle style, byte[] bytes, BitSet characters) {
    }

    /** The tables a font keeps: outlines, metrics, hinting, names and the character map; not GSUB, GPOS, kern. */
    private static final List<String> KEPT_TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf",
            "hmtx", "fpgm", "gasp", "OS/2", "name", "post", "cmap");

    private static final List<Face> FACES = List.of(
            face("DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL),
            face("DejaVuSans-Bold.ttf", "DejaVu Sans", 700, FontStyle.NORMAL),
            face("DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, FontStyle.ITALIC),
            face("DejaVuSansMono.ttf", "DejaVu Sans Mono", 400, FontStyle.NORMAL),
            face("DejaVuSansMono-Bold.ttf", "DejaVu Sans Mono", 700, FontStyle.NORMAL));

    private static final Coverage COVERAGE = new Coverage(FACES.get(0).characters());

    private Fonts() {
    }

    /** Registers every face with the builder, to be embedded as a subset. */
    public static void register(PdfRendererBuilder builder) {
        for (Face face : FACES) {
            byte[] bytes = face.bytes();
            builder.useFont(() -> new ByteArrayInputStream(bytes), face.family(), face.weight(), face.style(), true);
        }
    }

    /** The characters the body font, DejaVu Sans, can typeset. */
    public static Coverage coverage() {
        return COVERAGE;
    }

    private static Face face(String file, String family, int weight, FontStyle style) {
        try (InputStream in = Fonts.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing font resource fonts/" + file);
            }
            byte[] original = in.readAllBytes();
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(original))) {
                // the Basic Multilingual Plane: the subsetter writes a BMP character map only
                BitSet characters = new BitSet(0x10000);
                Set<Integer> kept = new HashSet<>();
                CmapLookup cmap = ttf.getUnicodeCmapLookup();
                for (int codePoint = 0; codePoint <= 0xFFFF; codePoint++) {
                    if (cmap.getGlyphId(codePoint) != 0) {
                        characters.set(codePoint);
                        kept.add(codePoint);
                    }
                }
                TTFSubsetter withoutSubstitutions = new TTFSubsetter(ttf, KEPT_TABLES);
                withoutSubstitutions.addAll(kept);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream(original.length);
                withoutSubstitutions.writeToStream(bytes);
                return new Face(family, weight, style, bytes.toByteArray(), characters);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the bundled font " + file + ": " + e.getMessage(), e);
        }
    }
}
