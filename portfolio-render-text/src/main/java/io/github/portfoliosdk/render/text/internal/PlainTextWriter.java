package io.github.portfoliosdk.render.text.internal;

import com.ibm.icu.text.BreakIterator;
import io.github.portfoliosdk.model.LinkPolicy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Writes plain text for pasting into forms: the one class that knows the format. Every line it writes is at most
 * {@code width} columns wide by {@link DisplayWidth} (wide East Asian characters count two), broken at spaces, or
 * by Unicode's line-breaking rules where text has none, and hard within a word only when it is longer than a line.
 * User text is taken literally: a tab becomes a space, a line feed starts a new line, nothing is markup.
 * Not thread-safe: one per rendering.
 */
public final class PlainTextWriter {

    private final Appendable out;
    private final int width;
    private final Locale locale;
    private final StringBuilder line = new StringBuilder(128);
    private boolean started;

    /** A writer of lines at most {@code width} columns wide, breaking text by the rules of {@code locale}. */
    public PlainTextWriter(Appendable out, int width, Locale locale) {
        this.out = out;
        this.width = width;
        this.locale = locale;
    }

    /** The document's title (the person's name), underlined with "=". */
    public void title(String text) {
        underlined(text, '=');
    }

    /** A section's heading, between blank lines, underlined with "-". */
    public void heading(String text) {
        blank();
        underlined(text, '-');
        blank();
    }

    /** An entry's heading (a role, a project), after a blank line. */
    public void entry(CharSequence text) {
        blank();
        paragraph(text);
    }

    /** A paragraph, wrapped. */
    public void paragraph(CharSequence text) {
        wrapped(text, "", "");
    }

    /** A list item: "- " and the text wrapped under itself. */
    public void bullet(CharSequence text) {
        wrapped(text, "- ", "  ");
    }

    /** A numbered list item: "1. " and the text wrapped under itself. */
    public void numbered(int number, CharSequence text) {
        String mark = number + ". ";
        wrapped(text, mark, " ".repeat(mark.length()));
    }

    /** An empty line, unless the last line written was empty or nothing was written yet. */
    public void blank() {
        if (started) {
            emit("");
            started = false;
        }
    }

    /** A new line buffer for text made of parts. */
    public static Line line() {
        return new Line();
    }

    private void underlined(String text, char rule) {
        paragraph(text);
        emit(String.valueOf(rule).repeat(Math.min(width, Math.max(1, DisplayWidth.of(text.strip())))));
    }

    /** Writes the text's lines (split at line feeds), each wrapped, the first after {@code first}, others after {@code rest}. */
    private void wrapped(CharSequence text, String first, String rest) {
        String prefix = first;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                String piece = text.subSequence(start, i).toString().replace('\t', ' ').strip();
                if (!piece.isEmpty()) {
                    wrap(piece, prefix, rest);
                    prefix = rest;
                }
                start = i + 1;
            }
        }
    }

    private void wrap(String text, String first, String rest) {
        BreakIterator rules = null;
        if (DisplayWidth.needsLineBreakRules(text)) {
            rules = BreakIterator.getLineInstance(locale);
            rules.setText(text);
        }
        String prefix = first;
        int lineStart = 0;
        int lineEnd = 0;
        int columns = DisplayWidth.of(prefix);
        int position = 0;
        while (position < text.length()) {
            int next = rules != null ? rules.following(position) : nextBreak(text, position);
            int wordEnd = next;
            while (wordEnd > position && text.charAt(wordEnd - 1) == ' ') {
                wordEnd--;
            }
            int wordColumns = DisplayWidth.of(text, position, wordEnd);
            int gap = DisplayWidth.of(text, lineEnd, position);
            if (lineEnd > lineStart && columns + gap + wordColumns > width) {
                emit(prefix, text, lineStart, lineEnd);
                prefix = rest;
                columns = DisplayWidth.of(prefix);
                lineStart = position;
                lineEnd = position;
                gap = 0;
            }
            if (lineEnd == lineStart && columns + wordColumns > width) {
                position = hardBreak(text, position, wordEnd, prefix, columns);
                prefix = rest;
                columns = DisplayWidth.of(prefix);
                lineStart = position;
                lineEnd = position;
                continue;
            }
            columns += gap + wordColumns;
            lineEnd = wordEnd;
            position = next;
        }
        if (lineEnd > lineStart) {
            emit(prefix, text, lineStart, lineEnd);
        }
    }

    /**
     * Splits a word longer than a line into full lines, between user-perceived characters (Unicode's grapheme
     * clusters: a letter stays with its vowel signs and marks); returns where the rest of the word starts.
     */
    private int hardBreak(String text, int from, int to, String prefix, int columns) {
        BreakIterator clusters = BreakIterator.getCharacterInstance(locale);
        clusters.setText(text);
        int position = from;
        int used = columns;
        while (position < to) {
            int next = clusters.following(position);
            next = next == BreakIterator.DONE ? to : Math.min(next, to);
            int w = DisplayWidth.of(text, position, next);
            if (used + w > width && position > from) {
                emit(prefix, text, from, position);
                return position;
            }
            used += w;
            position = next;
        }
        return position;
    }

    /** After the spaces that follow the word at {@code from}: where the next word starts, or the end. */
    private static int nextBreak(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != ' ') {
            i++;
        }
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private void emit(String prefix, String text, int from, int to) {
        line.setLength(0);
        line.append(prefix).append(text, from, to);
        while (!line.isEmpty() && line.charAt(line.length() - 1) == ' ') {
            line.setLength(line.length() - 1);
        }
        emit(line);
    }

    private void emit(CharSequence text) {
        try {
            out.append(text).append('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the rendered portfolio: " + e.getMessage(), e);
        }
        started = true;
    }

    /** A line of text made of parts: user text, fixed words, and links written as "text (URL)". */
    public static final class Line implements CharSequence {
        private final StringBuilder text = new StringBuilder(96);

        private Line() {
        }

        /** Appends text, user's or ours. */
        public Line add(String part) {
            text.append(part);
            return this;
        }

        /**
         * Appends user text with the URL it links to, when {@link LinkPolicy#isLink} allows it: "text (URL)", or the
         * URL alone when it is the text; a {@code mailto:} or {@code tel:} URL is not repeated.
         */
        public Line link(String label, String url) {
            text.append(label);
            if (url != null && LinkPolicy.isLink(url)) {
                String shown = url.strip();
                if (!shown.equals(label.strip()) && !shown.startsWith("mailto:") && !shown.startsWith("tel:")) {
                    text.append(" (").append(shown).append(')');
                }
            }
            return this;
        }

        /** Whether nothing was added. */
        @Override
        public boolean isEmpty() {
            return text.isEmpty();
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
