package io.github.portfoliosdk.model;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Turns a {@link Portfolio} into one output format: the contract every renderer implements, whether it writes text
 * (HTML, Markdown, JSON Resume: see {@link TextRenderer}) or bytes (PDF).
 * <p>Implementations are immutable and thread-safe: build one, share it, render any number of portfolios.
 * They expect a valid portfolio (as builders and readers return) and escape all text for their output.
 */
public interface PortfolioRenderer {

    /** The format's name, as the command line knows it: {@code html}, {@code markdown}, {@code json-resume}, {@code pdf}. */
    String format();

    /** The media type of the output, such as {@code text/html}, {@code text/markdown} or {@code application/pdf}. */
    String mediaType();

    /**
     * Renders the portfolio into the stream as bytes (UTF-8 for text formats). The stream is flushed, not closed.
     *
     * @throws UncheckedIOException when the output fails
     */
    void write(Portfolio portfolio, OutputStream output);

    /** Renders the portfolio to bytes, as {@link #write(Portfolio, OutputStream)} writes them. */
    default byte[] toBytes(Portfolio portfolio) {
        ByteArrayOutputStream output = new ByteArrayOutputStream(32 * 1024);
        write(portfolio, output);
        return output.toByteArray();
    }
}
