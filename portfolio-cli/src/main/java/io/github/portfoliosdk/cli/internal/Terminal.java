package io.github.portfoliosdk.cli.internal;

import io.github.portfoliosdk.model.internal.text.IoReasons;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The process's streams as the commands use them: finished output to standard output as UTF-8 bytes,
 * messages to standard error, input from standard input.
 */
final class Terminal {

    private final OutputStream out;
    private final PrintWriter err;

    Terminal(OutputStream out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** Writes a complete output to standard output. */
    void print(String text) {
        print(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a complete output, as bytes, to standard output. */
    void print(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to standard output: " + IoReasons.of(e), e);
        }
    }

    /** Writes one line of message to standard error. */
    void message(String line) {
        err.println(line);
        err.flush();
    }

    /** The writer for messages, for reporting failures. */
    PrintWriter err() {
        return err;
    }

    /** Standard input. */
    InputStream in() {
        return System.in;
    }
}
