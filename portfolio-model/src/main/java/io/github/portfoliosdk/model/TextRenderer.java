package io.github.portfoliosdk.model;

import io.github.portfoliosdk.model.internal.output.Outputs;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A {@link PortfolioRenderer} whose output is text: it streams into any {@link Appendable} or returns a
 * {@code String}, and writes UTF-8 when asked for bytes. The HTML, Markdown and JSON Resume renderers are text
 * renderers.
 */
public interface TextRenderer extends PortfolioRenderer {

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

    /** Renders the portfolio as UTF-8 into the stream; flushes it, does not close it. */
    @Override
    default void write(Portfolio portfolio, OutputStream output) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 8 * 1024);
        render(portfolio, writer);
        try {
            writer.flush();
        } catch (IOException e) {
            throw Outputs.failed(e);
        }
    }
}
