package io.github.portfoliosdk.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.CharBuffer;

/**
 * Turns a {@link Portfolio} into one output format; the contract every renderer (HTML, Markdown, JSON
 * Resume) implements.
 * <p>Implementations are immutable and thread-safe: build one, share it, render any number of portfolios.
 * They expect a valid portfolio (as builders and readers return) and escape all text for their output.
 */
public interface PortfolioRenderer {

    /** The format's name, as the command line knows it: {@code html}, {@code markdown}, {@code json-resume}. */
    String format();

    /**
     * Renders the portfolio into the output, streaming.
     *
     * @throws UncheckedIOException when the output fails
     */
    void render(Portfolio portfolio, Appendable output);

    /** Renders the portfolio to a string. */
    default String render(Portfolio portfolio) {
        StringBuilder output = new StringBuilder(16 * 1024);
        render(portfolio, output);
        return output.toString();
    }

    /**
     * Passes {@code length} characters of a renderer's buffer on to {@code out} in one call, the way it takes them
     * fastest: {@code append(char[], …)} for a {@link StringBuilder}, {@code write(char[], …)} for a {@link Writer},
     * else as one {@link CharSequence}.
     *
     * @throws UncheckedIOException when the output fails, as {@link #outputFailed(IOException)}
     */
    static void write(Appendable out, char[] chars, int length) {
        try {
            if (out instanceof StringBuilder builder) {
                builder.append(chars, 0, length);
            } else if (out instanceof Writer writer) {
                writer.write(chars, 0, length);
            } else {
                out.append(CharBuffer.wrap(chars, 0, length));
            }
        } catch (IOException e) {
            throw outputFailed(e);
        }
    }

    /** Wraps an {@link IOException} from an {@link Appendable} the way renderers report it. */
    static UncheckedIOException outputFailed(IOException cause) {
        return new UncheckedIOException("could not write the rendered portfolio: " + cause.getMessage(), cause);
    }
}
