package io.github.portfoliosdk.check.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequenceWithProperties;
import org.apache.pdfbox.contentstream.operator.markedcontent.EndMarkedContentSequence;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * The text of a PDF as PDFBox extracts it, glyph by glyph with positions, in content-stream order (PDFBox's
 * default), a marked-content sequence with an {@code /ActualText} as one glyph of that text; plus the glyphs whose
 * text cannot be recovered.
 */
public final class TextLayer {

    /**
     * A glyph whose text cannot be recovered.
     *
     * @param page the page, from 1
     * @param x points from the left edge
     * @param y points from the top edge
     * @param font the font's name
     * @param text the character the PDF maps it to (a ligature), or "" when it maps to none
     */
    public record BadGlyph(int page, float x, float y, String font, String text) {
    }

    private final List<Page> pages;
    private final List<BadGlyph> badGlyphs;

    private TextLayer(List<Page> pages, List<BadGlyph> badGlyphs) {
        this.pages = List.copyOf(pages);
        this.badGlyphs = List.copyOf(badGlyphs);
    }

    /** Reads every page of the document. */
    public static TextLayer read(PDDocument document) throws IOException {
        Collector collector = new Collector();
        collector.setSortByPosition(false);
        collector.writeText(document, new StringWriter());
        List<Page> pages = new ArrayList<>();
        int number = 0;
        for (PDPage page : document.getPages()) {
            number++;
            List<Glyph> glyphs = number - 1 < collector.glyphs.size() ? collector.glyphs.get(number - 1) : List.of();
            pages.add(new Page(number, page.getMediaBox().getWidth(), page.getMediaBox().getHeight(),
                    images(page.getResources(), 0), glyphs));
        }
        return new TextLayer(pages, collector.bad);
    }

    /** The pages, in order. */
    public List<Page> pages() {
        return pages;
    }

    /** The glyphs whose text cannot be recovered, in page order. */
    public List<BadGlyph> badGlyphs() {
        return badGlyphs;
    }

    /** The number of characters other than white space. */
    public int characters() {
        int count = 0;
        for (Page page : pages) {
            for (Glyph glyph : page.glyphs()) {
                count += glyph.text().isBlank() ? 0 : glyph.text().length();
            }
        }
        return count;
    }

    private static int images(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > 3) {
            return 0;
        }
        int count = 0;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject) {
                count++;
            } else if (object instanceof PDFormXObject form) {
                count += images(form.getResources(), depth + 1);
            }
        }
        return count;
    }

    /**
     * Collects each glyph PDFBox's text stripper sees, with its page and position. A marked-content sequence with an
     * {@code /ActualText} (PDF 32000-1, 14.9.4: the text its glyphs stand for, such as a shaped Tamil or Devanagari
     * word whose vowel sign is drawn before its consonant) is one glyph whose text is the actual text, spanning its
     * glyphs, as {@code pdftotext}, Acrobat and screen readers read it.
     */
    private static final class Collector extends PDFTextStripper {
        private static final COSName ACTUAL_TEXT = COSName.getPDFName("ActualText");

        private final List<List<Glyph>> glyphs = new ArrayList<>();
        private final List<BadGlyph> bad = new ArrayList<>();
        private float pageHeight;
        /** How deep the marked content is nested, and the depth of the sequence with an actual text, or -1. */
        private int depth;
        private int actualDepth = -1;
        private String actualText;
        private final List<Glyph> actualGlyphs = new ArrayList<>();

        Collector() {
            super();
            // PDFBox's text stripper leaves marked content out; the marked-content extractor's operators bring it in
            addOperator(new BeginMarkedContentSequenceWithProperties(this));
            addOperator(new BeginMarkedContentSequence(this));
            addOperator(new EndMarkedContentSequence(this));
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            glyphs.add(new ArrayList<>());
            pageHeight = page.getMediaBox().getHeight();
            depth = 0;
            actualDepth = -1;
            actualGlyphs.clear();
            super.startPage(page);
        }

        @Override
        public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
            depth++;
            if (actualDepth < 0 && properties != null && properties.getDictionaryObject(ACTUAL_TEXT) instanceof COSString text) {
                actualDepth = depth;
                actualText = text.getString();
                actualGlyphs.clear();
            }
            super.beginMarkedContentSequence(tag, properties);
        }

        @Override
        public void endMarkedContentSequence() {
            if (depth == actualDepth) {
                actualDepth = -1;
                if (!actualGlyphs.isEmpty()) {
                    Glyph first = actualGlyphs.get(0);
                    float left = Float.MAX_VALUE;
                    float right = -Float.MAX_VALUE;
                    float size = 0;
                    boolean bold = true;
                    for (Glyph glyph : actualGlyphs) {
                        left = Math.min(left, glyph.x());
                        right = Math.max(right, glyph.right());
                        size = Math.max(size, glyph.size());
                        bold &= glyph.bold();
                    }
                    glyphs.get(glyphs.size() - 1).add(new Glyph(first.page(), left, first.y(), right - left, size,
                            bold, Normalizer.normalize(actualText, Normalizer.Form.NFKC)));
                }
                actualGlyphs.clear();
            }
            depth = Math.max(0, depth - 1);
            super.endMarkedContentSequence();
        }

        @Override
        protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement) throws IOException {
            if (font.toUnicode(code) == null && code != 32) {
                bad.add(new BadGlyph(getCurrentPageNo(), matrix.getTranslateX(), pageHeight - matrix.getTranslateY(),
                        font.getName() == null ? "unnamed" : font.getName(), ""));
            }
            super.showGlyph(matrix, font, code, displacement);
        }

        @Override
        protected void processTextPosition(TextPosition position) {
            String unicode = position.getUnicode();
            if (unicode == null || unicode.isEmpty()) {
                return;
            }
            if (isLigature(unicode)) {
                bad.add(new BadGlyph(getCurrentPageNo(), position.getXDirAdj(), position.getYDirAdj(),
                        position.getFont().getName() == null ? "unnamed" : position.getFont().getName(), unicode));
            }
            String name = position.getFont().getName();
            boolean bold = name != null && name.toLowerCase(java.util.Locale.ROOT).contains("bold")
                    || position.getFont().getFontDescriptor() != null
                            && (position.getFont().getFontDescriptor().isForceBold()
                                    || position.getFont().getFontDescriptor().getFontWeight() >= 600);
            Glyph glyph = new Glyph(getCurrentPageNo(), position.getXDirAdj(), position.getYDirAdj(),
                    position.getWidthDirAdj(), Math.abs(position.getYScale()), bold,
                    Normalizer.normalize(unicode, Normalizer.Form.NFKC));
            (actualDepth >= 0 ? actualGlyphs : glyphs.get(glyphs.size() - 1)).add(glyph);
            super.processTextPosition(position);
        }

        private static boolean isLigature(String unicode) {
            for (int i = 0; i < unicode.length(); i++) {
                char c = unicode.charAt(i);
                if (c >= '\uFB00' && c <= '\uFB06') {
                    return true;
                }
            }
            return false;
        }
    }
}
