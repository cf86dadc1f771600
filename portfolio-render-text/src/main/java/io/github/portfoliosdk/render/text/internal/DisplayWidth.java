package io.github.portfoliosdk.render.text.internal;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * How many terminal columns text takes, as monospaced fonts and terminals show it: East Asian wide and full-width
 * characters take two, combining marks and format characters none, everything else one.
 */
final class DisplayWidth {

    private DisplayWidth() {
    }

    /** The columns one code point takes. */
    static int of(int codePoint) {
        if (codePoint < 0x300) {
            return codePoint < 0x20 || codePoint >= 0x7f && codePoint < 0xa0 ? 0 : 1;
        }
        int type = UCharacter.getType(codePoint);
        if (type == UCharacter.NON_SPACING_MARK || type == UCharacter.ENCLOSING_MARK || type == UCharacter.FORMAT) {
            return 0;
        }
        int eastAsian = UCharacter.getIntPropertyValue(codePoint, UProperty.EAST_ASIAN_WIDTH);
        return eastAsian == UCharacter.EastAsianWidth.WIDE || eastAsian == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
    }

    /** The columns a stretch of text takes. */
    static int of(CharSequence text, int from, int to) {
        int width = 0;
        for (int i = from; i < to; ) {
            char c = text.charAt(i);
            if (c < 0x300) {
                width += c < 0x20 || c >= 0x7f && c < 0xa0 ? 0 : 1;
                i++;
            } else {
                int codePoint = Character.codePointAt(text, i);
                width += of(codePoint);
                i += Character.charCount(codePoint);
            }
        }
        return width;
    }

    /** The columns the whole text takes. */
    static int of(CharSequence text) {
        return of(text, 0, text.length());
    }

    /**
     * Whether the text may be broken between characters that have no space between them (Chinese, Japanese, Thai...),
     * so that breaking only at spaces is not enough: any code point from the Thai block on, except the punctuation
     * and symbols European text uses.
     */
    static boolean needsLineBreakRules(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0e00 && !(c >= 0x2000 && c <= 0x2bff)) {
                return true;
            }
        }
        return false;
    }
}
