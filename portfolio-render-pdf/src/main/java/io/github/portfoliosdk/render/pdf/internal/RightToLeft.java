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

        /**
         * The direction of the paragraph's first strong letter, skipping text between an isolate initiator and its
         * matching U+2069 (rule P2 of the bidirectional algorithm; ICU's {@code Bidi.getBaseDirection} does not
         * skip them): a line that starts with an isolated English place on an Arabic page stays right to left.
         */
        @Override
        public byte getBaseDirection(String paragraph) {
            int depth = 0;
            for (int i = 0; i < paragraph.length(); ) {
                int codePoint = paragraph.codePointAt(i);
                i += Character.charCount(codePoint);
                switch (Character.getDirectionality(codePoint)) {
                    case Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE, Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE,
                            Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE -> depth++;
                    case Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE -> depth = Math.max(0, depth - 1);
                    case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> {
                        if (depth == 0) {
                            return LTR;
                        }
                    }
                    case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC -> {
                        if (depth == 0) {
                            return RTL;
                        }
                    }
                    default -> {
                    }
                }
            }
            return NEUTRAL;
        }
    }
}
