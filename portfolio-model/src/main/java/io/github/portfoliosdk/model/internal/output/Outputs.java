package io.github.portfoliosdk.model.internal.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.CharBuffer;
import java.nio.channels.ClosedChannelException;

/**
 * What the renderer modules share to pass their output on; not part of the API (exported only to the renderer
 * modules).
 */
public final class Outputs {

    private Outputs() {
    }

    /**
     * Passes {@code length} characters of a renderer's buffer on to {@code out} in one call, the way it takes them
     * fastest: {@code append(char[], …)} for a {@link StringBuilder}, {@code write(char[], …)} for a {@link Writer},
     * else as one {@link CharSequence}.
     *
     * @throws UncheckedIOException when the output fails, as {@link #failed(IOException)}
     */
    public static void write(Appendable out, char[] chars, int length) {
        try {
            if (out instanceof StringBuilder builder) {
                builder.append(chars, 0, length);
            } else if (out instanceof Writer writer) {
                writer.write(chars, 0, length);
            } else {
                out.append(CharBuffer.wrap(chars, 0, length));
            }
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /** Wraps an {@link IOException} from an output the way renderers report it. */
    public static UncheckedIOException failed(IOException cause) {
        return new UncheckedIOException("could not write the rendered portfolio: " + reason(cause), cause);
    }

    /**
     * Why an output failed, in words: the exception's message, or for the exceptions the JDK throws without one
     * (a closed channel, as from {@code Files.newOutputStream} after {@code close()}) what happened.
     */
    public static String reason(IOException cause) {
        if (cause instanceof ClosedChannelException) {
            return "the output is closed";
        }
        if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
            return cause.getMessage();
        }
        return "an I/O error without a message (" + cause.getClass().getName() + ")";
    }
}
