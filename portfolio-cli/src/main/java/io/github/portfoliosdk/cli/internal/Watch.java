package io.github.portfoliosdk.cli.internal;

import io.github.portfoliosdk.cli.PortfolioCli;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * {@code render --watch}: renders, then polls the input and renders again whenever its content changes.
 * A bad edit is reported and the last good output kept; the process runs until it is stopped (Ctrl-C).
 * Polling, rather than a file-system watch, also follows editors that save by replacing the file.
 */
final class Watch {

    private static final Duration INTERVAL = Duration.ofMillis(200);

    private final Terminal terminal;
    private final Input first;
    private final Consumer<Input> render;

    /**
     * A watch of the input, starting from its first reading.
     *
     * @param render reads, renders and writes one version of the input
     */
    Watch(Terminal terminal, Input first, Consumer<Input> render) {
        this.terminal = terminal;
        this.first = first;
        this.render = render;
    }

    /** Runs until the process is stopped; returns only if the thread is interrupted. */
    int run() {
        Path file = first.file();
        renderReporting(first);
        terminal.message("watching " + first.name() + " for changes; press Ctrl-C to stop");
        // no stamp yet: the first poll reads the file again, as it may have changed while the first version rendered
        Stamp seen = null;
        Input last = first;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            Stamp now = Stamp.of(file);
            if (now == null || now.equals(seen)) {
                continue;
            }
            seen = now;
            Input changed;
            try {
                changed = first.reread();
            } catch (RuntimeException e) {
                Failures.report(e, terminal.err());
                continue;
            }
            if (!changed.sameContent(last)) {
                last = changed;
                renderReporting(changed);
            }
        }
        return PortfolioCli.OK;
    }

    private void renderReporting(Input document) {
        try {
            render.accept(document);
        } catch (RuntimeException e) {
            Failures.report(e, terminal.err());
            terminal.message("kept the last good output; waiting for the next change");
        }
    }

    /** What is cheap to compare between polls: modification time and size; null while the file is missing. */
    private record Stamp(FileTime modified, long size) {
        static Stamp of(Path file) {
            try {
                return new Stamp(Files.getLastModifiedTime(file), Files.size(file));
            } catch (IOException | UncheckedIOException e) {
                return null;
            }
        }
    }
}
