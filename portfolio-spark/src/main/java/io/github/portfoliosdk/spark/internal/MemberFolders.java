package io.github.portfoliosdk.spark.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The output folder, one folder per member, on any file system Hadoop reaches ({@code file:}, {@code hdfs:},
 * {@code s3a:}...). A member's folder is replaced whole: its files are written into a hidden staging folder beside
 * it, and only when all are complete is that renamed to the member's id (the previous folder first moved aside, then
 * deleted). A reader sees the old folder or the new one, never a half-written one; between the two renames the
 * folder is briefly absent. On a file system whose rename is not atomic (object stores) the guarantee is the
 * store's.
 */
public final class MemberFolders {

    private final FileSystem fileSystem;
    private final Path root;

    private MemberFolders(FileSystem fileSystem, Path root) {
        this.fileSystem = fileSystem;
        this.root = root;
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
            return new MemberFolders(fileSystem, fileSystem.makeQualified(root));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + output + ": " + e.getMessage(), e);
        }
    }

    /**
     * Replaces the member's folder with one holding exactly these outputs.
     *
     * @throws UncheckedIOException when a file cannot be written or a folder renamed; the member's previous folder
     *         is then left as it was
     */
    public void replace(String id, List<MemberResult.Output> outputs) {
        String attempt = UUID.randomUUID().toString();
        Path target = new Path(root, id);
        Path staged = new Path(root, "." + id + "." + attempt + ".tmp");
        try {
            try {
                for (MemberResult.Output output : outputs) {
                    try (FSDataOutputStream out = fileSystem.create(new Path(staged, output.fileName()), false)) {
                        out.write(output.bytes());
                    }
                }
                if (fileSystem.exists(target)) {
                    Path previous = new Path(root, "." + id + "." + attempt + ".old");
                    rename(target, previous);
                    rename(staged, target);
                    fileSystem.delete(previous, true);
                } else {
                    rename(staged, target);
                }
            } finally {
                if (fileSystem.exists(staged)) {
                    fileSystem.delete(staged, true);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private void rename(Path from, Path to) throws IOException {
        if (!fileSystem.rename(from, to)) {
            throw new IOException("cannot rename " + from + " to " + to);
        }
    }
}
