package io.github.portfoliosdk.cli.internal;

import io.github.portfoliosdk.model.InvalidPortfolioException;
import io.github.portfoliosdk.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One input document, read whole: its name as the user gave it (for messages), the file (none for
 * standard input) and its text.
 *
 * @param name the name in messages: the path as given, or {@code <stdin>}
 * @param file the file, or null for standard input
 * @param content the text, decoded as UTF-8
 */
record Input(String name, Path file, String content) {

    /** The command-line argument that means standard input. */
    static final String STDIN = "-";

    /**
     * Reads the input named on the command line; {@code -} reads standard input to its end.
     *
     * @throws UncheckedIOException when it cannot be read (exit code 3)
     * @throws InvalidPortfolioException when it is not UTF-8 text (exit code 1)
     */
    static Input read(String argument, InputStream stdin) {
        if (STDIN.equals(argument)) {
            try {
                return new Input("<stdin>", null, decode(stdin.readAllBytes(), "<stdin>"));
            } catch (IOException e) {
                throw Failures.io("read", "standard input", e);
            }
        }
        Path file = Path.of(argument);
        if (Files.isDirectory(file)) {
            throw new UncheckedIOException("cannot read " + argument + ": is a folder, not a file",
                    new IOException(argument + " is a folder"));
        }
        try {
            return new Input(argument, file, decode(Files.readAllBytes(file), argument));
        } catch (IOException e) {
            throw Failures.io("read", argument, e);
        }
    }

    /** The same input read again from its file, for watching it. */
    Input reread() {
        return read(file.toString(), InputStream.nullInputStream());
    }

    /** Strict UTF-8, so that a file in another encoding is reported rather than silently garbled. */
    private static String decode(byte[] bytes, String name) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            int column = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                    column = 1;
                } else if ((bytes[i] & 0xC0) != 0x80) {
                    column++;
                }
            }
            throw new InvalidPortfolioException(List.of(new Problem(name, line, column, "",
                    "not UTF-8 text; save the file as UTF-8")));
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
