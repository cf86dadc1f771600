package io.github.portfoliosdk.benchmarks;

/**
 * An output that keeps nothing and counts the characters written, so that a benchmark measures the renderer, not a
 * growing buffer, and the count proves the output was produced. One per thread; not thread-safe.
 */
public final class DiscardingOutput implements Appendable {

    private long characters;

    /** Counts the characters. */
    @Override
    public Appendable append(CharSequence text) {
        characters += text == null ? 4 : text.length();
        return this;
    }

    /** Counts the characters of the range. */
    @Override
    public Appendable append(CharSequence text, int start, int end) {
        characters += end - start;
        return this;
    }

    /** Counts one character. */
    @Override
    public Appendable append(char c) {
        characters++;
        return this;
    }

    /** The characters written so far. */
    public long characters() {
        return characters;
    }
}
