package io.github.portfoliosdk.cli.internal;

import io.github.portfoliosdk.model.PortfolioFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * One input file, read whole as bytes: its name as the user gave it (for messages), the file (none for standard
 * input) and its content. Reading a portfolio from it is the library's job ({@link PortfolioFiles}).
 *
 * @param name the name in messages: the path as given, or {@code <stdin>}
 * @param file the file, or null for standard input
 * @param bytes the content
 */
record Input(String name, Path file, byte[] bytes) {

    /** The command-line argument that means standard input. */
    static final String STDIN = "-";

    /**
     * Reads the input named on the command line; {@code -} reads standard input to its end.
     *
     * @throws UncheckedIOException when it cannot be read (exit code 3)
     */
    static Input read(String argument, InputStream stdin) {
        if (STDIN.equals(argument)) {
            try {
                return new Input("<stdin>", null, stdin.readAllBytes());
            } catch (IOException e) {
                throw Failures.io("read", "standard input", e);
            }
        }
        Path file = Path.of(argument);
        return new Input(argument, file, PortfolioFiles.bytes(file));
    }

    /** The same input read again from its file, for watching it. */
    Input reread() {
        return read(file.toString(), InputStream.nullInputStream());
    }

    /** Whether the other input holds the same bytes. */
    boolean sameContent(Input other) {
        return Arrays.equals(bytes, other.bytes);
    }

    /**
     * The content as text, for a file that is not a portfolio (a README to update).
     *
     * @throws InvalidInputException when it is not UTF-8 text
     */
    String text() {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(name + ": not UTF-8 text; save the file as UTF-8");
        }
    }
}
