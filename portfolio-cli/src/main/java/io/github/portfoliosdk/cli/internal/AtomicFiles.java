package io.github.portfoliosdk.cli.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes outputs so that nothing is lost: each file is written in full to a temporary file in its target's
 * folder, and only when all are complete are they moved into place (an atomic rename on one file system).
 * On any error the temporary files are removed and every existing output is left byte for byte unchanged.
 */
final class AtomicFiles {

    /** This process's id, in temporary file names, so that two runs writing the same output do not meet. */
    private static final long PROCESS = ProcessHandle.current().pid();

    private AtomicFiles() {
    }

    /**
     * Writes these contents to their files, all or (on error) none.
     *
     * @param files the target files and their complete contents, in the order to write them
     * @throws java.io.UncheckedIOException naming the file that could not be written (exit code 3)
     */
    static void write(Map<Path, byte[]> files) {
        Map<Path, Path> staged = new LinkedHashMap<>();
        Path current = null;
        try {
            for (Map.Entry<Path, byte[]> file : files.entrySet()) {
                current = file.getKey();
                Path target = resolveLinks(current);
                staged.put(stage(target, file.getValue()), target);
            }
            for (Map.Entry<Path, Path> move : staged.entrySet()) {
                current = move.getValue();
                moveIntoPlace(move.getKey(), move.getValue());
            }
        } catch (IOException e) {
            throw Failures.io("write", current, e);
        } finally {
            // after a complete run these are gone already; after an error, the outputs stay as they were
            staged.keySet().forEach(AtomicFiles::deleteQuietly);
        }
    }

    /** Writes one text file as UTF-8, as {@link #write(Map)}. */
    static void write(Path file, String content) {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(file, content.getBytes(StandardCharsets.UTF_8));
        write(files);
    }

    /** Writes through a symbolic link to its target, so that a linked README stays a link. */
    private static Path resolveLinks(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isSymbolicLink(absolute) && Files.exists(absolute)) {
            return absolute.toRealPath();
        }
        return absolute;
    }

    private static Path stage(Path target, byte[] bytes) throws IOException {
        if (Files.isDirectory(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "is a folder");
        }
        Path folder = target.getParent();
        Files.createDirectories(folder);
        for (int attempt = 0; ; attempt++) {
            // CREATE_NEW is an exclusive create that follows no link, so a name that exists already (a leftover of a
            // killed run, another writer) is never written through: the next name is tried instead.
            Path temporary = folder.resolve("." + target.getFileName() + "." + PROCESS + "-" + attempt + ".tmp");
            // CREATE_NEW without explicit permissions: the file gets the user's usual ones (umask), as the output will
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            } catch (FileAlreadyExistsException taken) {
                continue;
            } catch (IOException e) {
                deleteQuietly(temporary);
                throw e;
            }
            keepPermissions(target, temporary);
            return temporary;
        }
    }

    /** An output that is replaced keeps the permissions its owner gave it. */
    private static void keepPermissions(Path target, Path temporary) throws IOException {
        PosixFileAttributeView existing = Files.getFileAttributeView(target, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (existing != null && Files.exists(target)) {
            Files.setPosixFilePermissions(temporary, existing.readAttributes().permissions());
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // nothing more to do: the output itself was not touched
        }
    }
}
