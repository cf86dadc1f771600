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
 * (Arabic's joining forms) or {@link Indic} does (Tamil and Devanagari). openhtmltopdf places one glyph per
 * character, so other scripts that reorder letters or form conjuncts (Bengali, Thai...) would print broken and are
 * refused.
 */
public final class Coverage {

    /** The scripts the PDF covers without the Chinese and Japanese fonts, as README and error messages name them. */
    public static final String SCRIPTS = "Latin, Greek, Cyrillic, Arabic, Hebrew, Tamil and Devanagari";
    /** The scripts the PDF covers with them. */
    public static final String SCRIPTS_WITH_CJK = "Latin, Greek, Cyrillic, Arabic, Hebrew, Tamil, Devanagari, Chinese and Japanese";

    /** The scripts the Chinese and Japanese fonts add. */
    private static final Set<UnicodeScript> CJK =
            EnumSet.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA, UnicodeScript.BOPOMOFO);

    private static final Set<UnicodeScript> SIMPLE =
            EnumSet.of(UnicodeScript.COMMON, UnicodeScript.INHERITED, UnicodeScript.LATIN, UnicodeScript.GREEK,
                    UnicodeScript.CYRILLIC, UnicodeScript.ARABIC, UnicodeScript.HEBREW, UnicodeScript.TAMIL,
                    UnicodeScript.DEVANAGARI);

    /**
     * The blocks whose combining marks (Arabic vowel signs, Hebrew points) the fonts place over their letter, or
     * {@link Indic} places with its shaping (Tamil and Devanagari vowel signs and viramas).
     */
    private static final Set<Character.UnicodeBlock> MARKED =
            Set.of(Character.UnicodeBlock.ARABIC, Character.UnicodeBlock.HEBREW, Character.UnicodeBlock.TAMIL,
                    Character.UnicodeBlock.DEVANAGARI);

    private final BitSet glyphs;
    private final boolean cjk;

    /**
     * Coverage of fonts whose character maps hold these code points; {@code cjk} when they include the Chinese and
     * Japanese fonts.
     */
    public Coverage(BitSet glyphs, boolean cjk) {
        this.glyphs = (BitSet) glyphs.clone();
        this.cjk = cjk;
    }

    /** The scripts covered, as messages name them ("Latin, Greek, Cyrillic, Arabic, Hebrew, Tamil and Devanagari"). */
    public String scripts() {
        return cjk ? SCRIPTS_WITH_CJK : SCRIPTS;
    }

    /** Whether the character is in a script the Chinese and Japanese fonts cover (Han, Hiragana, Katakana). */
    public static boolean isCjk(int codePoint) {
        return CJK.contains(UnicodeScript.of(codePoint));
    }

    /**
     * What to do about refused characters of these scripts ({@code [Han, Katakana]}): when the Chinese and Japanese
     * fonts are missing and any is theirs, a sentence naming the artifact that has them; else empty.
     */
    public String advice(Set<String> refusedScripts) {
        boolean theirs = !cjk && CJK.stream().anyMatch(script -> refusedScripts.contains(scriptName(script)));
        return theirs ? "; Chinese and Japanese text needs the optional artifact " + Fonts.CJK_ARTIFACT
                + " on the class path or module path" : "";
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
        if (script != UnicodeScript.UNKNOWN && !SIMPLE.contains(script) && !(cjk && CJK.contains(script))) {
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

    /** The script's name as messages write it ("Han", "Old italic"). */
    public static String scriptName(UnicodeScript script) {
        String name = script.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
