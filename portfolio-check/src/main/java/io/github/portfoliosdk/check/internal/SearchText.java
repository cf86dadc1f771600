package io.github.portfoliosdk.check.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The document's text line by line ({@link Line}), folded for searching (lower case, one space for any white space, typographic
 * apostrophes and dashes as plain ones), each character tied to the glyph it came from so that a match has a place.
 */
public final class SearchText {

    private final String text;
    private final Glyph[] origins;

    private SearchText(String text, Glyph[] origins) {
        this.text = text;
        this.origins = origins;
    }

    /** The text of these pages' lines ({@link Line#of}) in order, one space between lines. */
    public static SearchText of(List<List<Line>> pages) {
        StringBuilder text = new StringBuilder();
        List<Glyph> origins = new ArrayList<>();
        for (List<Line> lines : pages) {
            for (Line line : lines) {
                for (int i = 0; i < line.text().length(); i++) {
                    append(text, origins, line.text().charAt(i), line.origins().get(i));
                }
                append(text, origins, ' ', line.origins().get(line.origins().size() - 1));
            }
        }
        return new SearchText(text.toString(), origins.toArray(new Glyph[0]));
    }

    /** Folds text the way {@link #of} folds the document, for needles. */
    public static String fold(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            fold(text.charAt(i), out);
        }
        return out.toString().strip();
    }

    private static void append(StringBuilder text, List<Glyph> origins, char c, Glyph glyph) {
        int before = text.length();
        fold(c, text);
        for (int j = before; j < text.length(); j++) {
            origins.add(glyph);
        }
    }

    private static void fold(char c, StringBuilder out) {
        char folded = switch (c) {
            case '\u2019', '\u2018', '\u02BC' -> '\'';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014' -> '-';
            case '\u00A0', '\u2009', '\u202F', '\t', '\n', '\r' -> ' ';
            case '\u00AD' -> 0;
            default -> Character.toLowerCase(c);
        };
        if (folded == 0 || folded == ' ' && (out.isEmpty() || out.charAt(out.length() - 1) == ' ')) {
            return;
        }
        out.append(folded == 'ı' ? 'i' : folded);
    }

    /** The folded text. */
    public String text() {
        return text;
    }

    /** Where the character at this offset was drawn. */
    public Glyph glyphAt(int offset) {
        return origins[Math.min(offset, origins.length - 1)];
    }

    /** The text without spaces, and the offset in {@link #text()} of each of its characters. */
    public Compact compact() {
        StringBuilder out = new StringBuilder();
        int[] offsets = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != ' ') {
                offsets[out.length()] = i;
                out.append(text.charAt(i));
            }
        }
        return new Compact(out.toString(), offsets);
    }

    /**
     * The text without spaces, for addresses a line break may split.
     *
     * @param text the text without spaces
     * @param offsets the offset in the full text of each character
     */
    public record Compact(String text, int[] offsets) {
    }

    @Override
    public String toString() {
        return text.toLowerCase(Locale.ROOT);
    }
}
