package io.github.portfoliosdk.render.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * The tests' own measure of a line's width in columns (East Asian wide and full-width characters two, marks and
 * format characters none), written apart from the renderer's.
 */
final class Columns {

    private Columns() {
    }

    static int of(String line) {
        return line.codePoints().map(cp -> {
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
                return 0;
            }
            int width = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
            return width == UCharacter.EastAsianWidth.WIDE || width == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
        }).sum();
    }

    /** The lines wider than {@code max}, as "line N (W columns): text". */
    static List<String> tooWide(String text, int max) {
        List<String> wide = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            int width = of(lines.get(i));
            if (width > max) {
                wide.add("line " + (i + 1) + " (" + width + " columns): " + lines.get(i));
            }
        }
        return wide;
    }

    /** The text with every run of white space (line breaks and the indents of wrapped lines too) as one space. */
    static String unwrapped(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
