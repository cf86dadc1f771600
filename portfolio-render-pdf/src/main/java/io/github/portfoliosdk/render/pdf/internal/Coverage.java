package io.github.portfoliosdk.render.pdf.internal;

import io.github.portfoliosdk.model.Labels;

import java.lang.Character.UnicodeScript;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which characters the PDF can typeset: those the bundled fonts have a glyph for, in scripts that need no shaping
 * (Latin, Greek, Cyrillic, Hebrew and the common punctuation and symbols) or whose shaping {@link RightToLeft} does
 * (Arabic's joining forms). openhtmltopdf places one glyph per character, so scripts that reorder letters or form
 * conjuncts (Tamil, Devanagari...) would print broken and are refused.
 */
public final class Coverage {

    /** The scripts the PDF covers, as README and error messages name them. */
    public static final String SCRIPTS = "Latin, Greek, Cyrillic, Arabic and Hebrew";

    private static final Set<UnicodeScript> SIMPLE =
            EnumSet.of(UnicodeScript.COMMON, UnicodeScript.INHERITED, UnicodeScript.LATIN, UnicodeScript.GREEK,
                    UnicodeScript.CYRILLIC, UnicodeScript.ARABIC, UnicodeScript.HEBREW);

    /** The blocks whose combining marks (Arabic vowel signs, Hebrew points) the fonts place over their letter. */
    private static final Set<Character.UnicodeBlock> MARKED =
            Set.of(Character.UnicodeBlock.ARABIC, Character.UnicodeBlock.HEBREW);

    private final BitSet glyphs;

    /** Coverage of a font whose character map holds these code points. */
    public Coverage(BitSet glyphs) {
        this.glyphs = (BitSet) glyphs.clone();
    }

    /** Whether the font has a glyph for the character. */
    public boolean hasGlyph(int codePoint) {
        return glyphs.get(codePoint);
    }

    /**
     * Whether the character is a variation selector (U+FE00 to U+FE0F, U+E0100 to U+E01EF): it only asks for a
     * presentation of the character before it ({@code ♥️} is U+2665 and U+FE0F, "as a colour emoji"), which the PDF's
     * monochrome fonts have one of; the PDF leaves it out.
     */
    public static boolean isVariationSelector(int codePoint) {
        return codePoint >= 0xFE00 && codePoint <= 0xFE0F || codePoint >= 0xE0100 && codePoint <= 0xE01EF;
    }

    /**
     * Why this character cannot be typeset, as a short phrase ("Tamil script", "no glyph in the fonts"), or null when
     * it can (a space without a glyph prints as a plain space).
     */
    public String refusal(int codePoint) {
        if (codePoint == '\n' || codePoint == '\r' || codePoint == '\t' || Character.isSpaceChar(codePoint)) {
            return null;
        }
        if (Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.SURROGATE
                || Character.getType(codePoint) == Character.PRIVATE_USE || codePoint == 0xFFFE || codePoint == 0xFFFF) {
            return "a control, surrogate or private-use character";
        }
        UnicodeScript script = UnicodeScript.of(codePoint);
        if (script != UnicodeScript.UNKNOWN && !SIMPLE.contains(script)) {
            return scriptName(script) + " script";
        }
        int type = Character.getType(codePoint);
        if ((type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK)
                && !MARKED.contains(Character.UnicodeBlock.of(codePoint))) {
            return "a combining mark without a precomposed letter";
        }
        if (!glyphs.get(codePoint)) {
            return "no glyph in the fonts";
        }
        return null;
    }

    /**
     * The scripts of the label texts this PDF cannot typeset, such as {@code [Tamil]}; empty when every label can be
     * typeset.
     */
    public Set<String> refusedScripts(Labels labels) {
        Set<String> scripts = new TreeSet<>();
        for (String key : Labels.keys()) {
            labels.text(key).codePoints().filter(codePoint -> refusal(codePoint) != null)
                    .forEach(codePoint -> scripts.add(scriptName(UnicodeScript.of(codePoint))));
        }
        return scripts;
    }

    private static String scriptName(UnicodeScript script) {
        String name = script.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
