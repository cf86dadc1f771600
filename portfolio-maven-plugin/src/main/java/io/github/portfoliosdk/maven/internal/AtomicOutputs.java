package io.github.portfoliosdk.maven.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a goal's outputs all or none: each file in full to a temporary file beside it first, then all moved into
 * place. On any error the temporary files are removed and the existing outputs are left as they were.
 */
public final class AtomicOutputs {

    private AtomicOutputs() {
    }

    /**
     * Writes these files.
     *
     * @throws IOException naming the file that could not be written
     */
    public static void write(Map<Path, byte[]> files) throws IOException {
        for (Path target : files.keySet()) {
            if (Files.isDirectory(target)) {
                throw new FileAlreadyExistsException(target.toString(), null, "is a folder");
            }
        }
        Map<Path, Path> staged = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, byte[]> file : files.entrySet()) {
                Path target = file.getKey().toAbsolutePath();
                Files.createDirectories(target.getParent());
                // the user's usual permissions (umask), as the output will have; a leftover name is replaced
                Path temporary = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
                Files.deleteIfExists(temporary);
                staged.put(temporary, target);
                Files.write(temporary, file.getValue(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
            for (Map.Entry<Path, Path> move : staged.entrySet()) {
                try {
                    Files.move(move.getKey(), move.getValue(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(move.getKey(), move.getValue(), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } finally {
            for (Path temporary : staged.keySet()) {
                Files.deleteIfExists(temporary);
            }
        }
    }
}
