package io.github.portfoliosdk.spark.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * The output folder, one folder per member, on any file system Hadoop reaches ({@code file:}, {@code hdfs:},
 * {@code s3a:}...). A member's folder is replaced whole: its files are written into a hidden staging folder beside
 * it, and only when all are complete is that renamed to the member's id (the previous folder first moved aside, then
 * deleted). A reader sees the old folder or the new one, never a half-written one; between the two renames the
 * folder is briefly absent. On a file system whose rename is not atomic (object stores) the guarantee is the
 * store's.
 * <p>A local folder ({@code file:}, or a path without a scheme when the default file system is the local one) is
 * written with {@code java.nio} and renamed with {@code rename(2)}: Hadoop's local file system, without its native
 * library, sets each new folder's and file's permissions by starting a {@code chmod} process, several per member.
 * Every other file system is written through Hadoop's {@link FileSystem}.
 */
public final class MemberFolders {

    private final Store store;

    private MemberFolders(Store store) {
        this.store = store;
    }

    /**
     * The folders under this output path.
     *
     * @throws UncheckedIOException when its file system cannot be reached
     */
    public static MemberFolders at(String output, Configuration configuration) {
        Path root = new Path(output);
        try {
            FileSystem fileSystem = root.getFileSystem(configuration);
            // the local file system's checksum layer would add a hidden .crc file beside every output
            if (fileSystem instanceof LocalFileSystem local) {
                fileSystem = local.getRawFileSystem();
            }
            Path qualified = fileSystem.makeQualified(root);
            if (fileSystem instanceof RawLocalFileSystem local) {
                return new MemberFolders(new LocalStore(local.pathToFile(qualified).toPath()));
            }
            return new MemberFolders(new HadoopStore(fileSystem, qualified));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + output + ": " + e.getMessage(), e);
        }
    }

    /** The folders under this output path, written through Hadoop's API whatever the file system (for the tests). */
    static MemberFolders throughHadoop(String output, Configuration configuration) throws IOException {
        Path root = new Path(output);
        FileSystem fileSystem = root.getFileSystem(configuration);
        if (fileSystem instanceof LocalFileSystem local) {
            fileSystem = local.getRawFileSystem();
        }
        return new MemberFolders(new HadoopStore(fileSystem, fileSystem.makeQualified(root)));
    }

    /** Whether the folders are written with java.nio, not through Hadoop. */
    boolean local() {
        return store instanceof LocalStore;
    }

    /**
     * Replaces the member's folder with one holding exactly these outputs.
     *
     * @throws UncheckedIOException when a file cannot be written or a folder renamed; the member's previous folder
     *         is then left as it was
     */
    public void replace(String id, List<MemberResult.Output> outputs) {
        String attempt = UUID.randomUUID().toString();
        String staged = "." + id + "." + attempt + ".tmp";
        try {
            try {
                store.write(staged, outputs);
                if (store.exists(id)) {
                    String previous = "." + id + "." + attempt + ".old";
                    store.rename(id, previous);
                    store.rename(staged, id);
                    store.delete(previous);
                } else {
                    store.rename(staged, id);
                }
            } finally {
                store.delete(staged);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + store.describe(id) + ": " + e.getMessage(), e);
        }
    }

    /** The folders directly under the output path, by name. */
    private interface Store {

        /** Creates the folder (and the output path) and writes these files, none of which may exist yet. */
        void write(String folder, List<MemberResult.Output> outputs) throws IOException;

        boolean exists(String folder) throws IOException;

        /** Renames a folder to a name not taken; fails rather than return without renaming. */
        void rename(String from, String to) throws IOException;

        /** Deletes the folder and its files, if it exists. */
        void delete(String folder) throws IOException;

        /** The folder's full name, for messages. */
        String describe(String folder);
    }

    /** A local folder, through java.nio: no process per folder, and a rename that is rename(2). */
    private record LocalStore(java.nio.file.Path root) implements Store {

        @Override
        public void write(String folder, List<MemberResult.Output> outputs) throws IOException {
            java.nio.file.Path staged = Files.createDirectories(root).resolve(folder);
            Files.createDirectory(staged);
            for (MemberResult.Output output : outputs) {
                Files.write(staged.resolve(output.fileName()), output.bytes(), StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            }
        }

        @Override
        public boolean exists(String folder) {
            return Files.exists(root.resolve(folder));
        }

        @Override
        public void rename(String from, String to) throws IOException {
            Files.move(root.resolve(from), root.resolve(to), StandardCopyOption.ATOMIC_MOVE);
        }

        @Override
        public void delete(String folder) throws IOException {
            java.nio.file.Path path = root.resolve(folder);
            if (!Files.exists(path)) {
                return;
            }
            try (Stream<java.nio.file.Path> files = Files.walk(path)) {
                for (java.nio.file.Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }

        @Override
        public String describe(String folder) {
            return root.resolve(folder).toString();
        }
    }

    /** Any other file system, through Hadoop's API. */
    private record HadoopStore(FileSystem fileSystem, Path root) implements Store {

        @Override
        public void write(String folder, List<MemberResult.Output> outputs) throws IOException {
            Path staged = new Path(root, folder);
            for (MemberResult.Output output : outputs) {
                try (FSDataOutputStream out = fileSystem.create(new Path(staged, output.fileName()), false)) {
                    out.write(output.bytes());
                }
            }
        }

        @Override
        public boolean exists(String folder) throws IOException {
            return fileSystem.exists(new Path(root, folder));
        }

        @Override
        public void rename(String from, String to) throws IOException {
            if (!fileSystem.rename(new Path(root, from), new Path(root, to))) {
                throw new IOException("cannot rename " + new Path(root, from) + " to " + new Path(root, to));
            }
        }

        @Override
        public void delete(String folder) throws IOException {
            Path path = new Path(root, folder);
            if (fileSystem.exists(path)) {
                fileSystem.delete(path, true);
            }
        }

        @Override
        public String describe(String folder) {
            return new Path(root, folder).toString();
        }
    }
}
