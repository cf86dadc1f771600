package io.github.portfoliosdk.render.markdown.internal;

/**
 * A growable {@code char[]} to render a README into a string: Strings (and the writer's line prefix, a
 * {@link StringBuilder}) are copied in as blocks, without an intermediate string, where Java 17's
 * {@link StringBuilder} copies a range character by character and re-encodes on the first non-Latin-1 one.
 * Not thread-safe; one per rendering.
 */
public final class CharBuffer implements Appendable {

    private char[] chars;
    private int length;

    /** A buffer with room for this many characters before it grows. */
    public CharBuffer(int capacity) {
        chars = new char[Math.max(16, capacity)];
    }

    @Override
    public CharBuffer append(CharSequence text) {
        return text == null ? append("null") : append(text, 0, text.length());
    }

    @Override
    public CharBuffer append(CharSequence text, int start, int end) {
        if (text == null) {
            return append("null");
        }
        ensure(end - start);
        if (text instanceof String s) {
            s.getChars(start, end, chars, length);
            length += end - start;
        } else if (text instanceof StringBuilder s) {
            s.getChars(start, end, chars, length);
            length += end - start;
        } else {
            for (int i = start; i < end; i++) {
                chars[length++] = text.charAt(i);
            }
        }
        return this;
    }

    @Override
    public CharBuffer append(char c) {
        ensure(1);
        chars[length++] = c;
        return this;
    }

    private void ensure(int more) {
        if (length + more > chars.length) {
            chars = java.util.Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
        }
    }

    /** The characters written, as a string. */
    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
