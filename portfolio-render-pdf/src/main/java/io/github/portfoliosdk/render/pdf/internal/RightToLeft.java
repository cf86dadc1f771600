package io.github.portfoliosdk.render.pdf.internal;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;

/**
 * Right-to-left text for openhtmltopdf, with ICU4J: the Unicode bidirectional algorithm splits each paragraph into
 * runs of one direction in visual order, a right-to-left run is reversed (mirroring brackets, keeping a combining
 * mark after its letter), and Arabic letters take the joining form of their place in the word (the presentation
 * forms of Unicode, which the Arabic font maps to its glyphs). Stateless and thread-safe; the splitter openhtmltopdf
 * asks for is one per use.
 */
public final class RightToLeft implements BidiSplitterFactory, BidiReorderer {

    /** The one instance. */
    public static final RightToLeft INSTANCE = new RightToLeft();

    private static final int SHAPE = ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK;

    private RightToLeft() {
    }

    @Override
    public BidiSplitter createBidiSplitter() {
        return new Splitter();
    }

    @Override
    public String reorderRTLTextToLTR(String text) {
        return Bidi.writeReverse(text, Bidi.DO_MIRRORING | Bidi.KEEP_BASE_COMBINING);
    }

    @Override
    public String shapeText(String text) {
        return shape(text, ArabicShaping.LETTERS_SHAPE);
    }

    @Override
    public String deshapeText(String text) {
        return shape(text, ArabicShaping.LETTERS_UNSHAPE);
    }

    @Override
    public boolean isLiveImplementation() {
        return true;
    }

    private static String shape(String text, int letters) {
        try {
            return new ArabicShaping(SHAPE | letters).shape(text);
        } catch (ArabicShapingException e) {
            // only with options that ask for room the text lacks; LENGTH_GROW_SHRINK never does
            throw new IllegalStateException("ICU could not shape Arabic text: " + e.getMessage(), e);
        }
    }

    /** The runs of one paragraph; not thread-safe, openhtmltopdf makes one per paragraph. */
    private static final class Splitter implements BidiSplitter {

        private final Bidi bidi = new Bidi();

        @Override
        public void setParagraph(String paragraph, byte defaultDirection) {
            bidi.setPara(paragraph, defaultDirection == RTL ? Bidi.RTL : Bidi.LTR, null);
        }

        @Override
        public int countTextRuns() {
            return bidi.countRuns();
        }

        @Override
        public BidiTextRun getVisualRun(int index) {
            BidiRun run = bidi.getVisualRun(index);
            return new BidiTextRun(run.getStart(), run.getLength(), run.isOddRun() ? RTL : LTR);
        }

        @Override
        public byte getBaseDirection(String paragraph) {
            return switch (Bidi.getBaseDirection(paragraph)) {
                case Bidi.LTR -> LTR;
                case Bidi.RTL -> RTL;
                default -> NEUTRAL;
            };
        }
    }
}
