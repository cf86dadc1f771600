package io.github.portfoliosdk.render.docx.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Rewrites a package (a zip file) so that its bytes depend only on its parts: every entry gets the same time. */
final class Packages {

    private Packages() {
    }

    /**
     * Copies the entries of {@code zip}, in their order and deflated, each stamped with {@code when} in UTC and
     * nothing else (no extra fields, no comments), into {@code output}; the output is flushed, not closed.
     */
    static void normalized(byte[] zip, Instant when, OutputStream output) throws IOException {
        // the zip format keeps local date and time (two-second steps), not an instant: write UTC's, the same anywhere
        LocalDateTime time = LocalDateTime.ofInstant(when, ZoneOffset.UTC).withNano(0);
        if (time.getYear() < 1980) {
            time = LocalDateTime.of(1980, 1, 1, 0, 0);
        }
        byte[] buffer = new byte[8192];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream out = new ZipOutputStream(new NonClosing(output))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(time);
                out.putNextEntry(copy);
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    out.write(buffer, 0, read);
                }
                out.closeEntry();
            }
        }
    }

    /** Passes writes on, but leaves the caller's stream open when the zip stream is finished. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
