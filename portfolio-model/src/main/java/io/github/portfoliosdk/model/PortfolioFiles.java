package io.github.portfoliosdk.model;

import io.github.portfoliosdk.model.internal.text.IoReasons;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Reads "a portfolio file" of any format a module on the class path or module path provides a
 * {@link PortfolioReader} for: our YAML or JSON ({@code native}), a JSON Resume document ({@code json-resume}), a
 * PDF CV made by this SDK ({@code pdf}, with {@code portfolio-render-pdf}) and whatever else is plugged in. The format is told from the content, or named by the caller; every problem comes
 * with its source, path and line:column, as the chosen reader reports it.
 * <pre>{@code
 * ReadResult read = PortfolioFiles.read(Path.of("resume.json"), ReadOptions.LENIENT);
 * read.warnings().forEach(System.err::println);
 * Portfolio portfolio = read.portfolio();
 * }</pre>
 * And writes what was rendered from it so that nothing is lost: {@link #write(Map)} replaces a set of output files
 * all or none. Stateless and thread-safe.
 */
public final class PortfolioFiles {

    /** The largest input read, in bytes (64 MiB); each reader may have a lower limit of its own. */
    public static final int MAX_INPUT_BYTES = 64 * 1024 * 1024;

    /** This process's id, in temporary file names, so that two runs writing the same output do not meet. */
    private static final long PROCESS = ProcessHandle.current().pid();

    private PortfolioFiles() {
    }

    /** The readers found, sorted by format name; looked up once (readers are immutable and thread-safe). */
    public static List<PortfolioReader> readers() {
        return Readers.ALL;
    }

    /** The reader of this format name, if a module providing it is present. */
    public static Optional<PortfolioReader> reader(String format) {
        return readers().stream().filter(reader -> reader.format().equals(format)).findFirst();
    }

    /**
     * Reads the file at this path, its format told from its content; problems name the path as given.
     *
     * @throws InvalidPortfolioException listing every problem, located
     * @throws UncheckedIOException when the file cannot be read (a folder, missing, unreadable)
     */
    public static ReadResult read(Path file, ReadOptions options) {
        return read(bytes(file), file.toString(), options);
    }

    /**
     * Reads a stream to its end (it is not closed), its format told from its content.
     *
     * @param source the name problems give as their source, such as {@code <stdin>}
     * @throws InvalidPortfolioException listing every problem, located
     * @throws UncheckedIOException when the stream fails
     */
    public static ReadResult read(InputStream in, String source, ReadOptions options) {
        try {
            return read(readAll(in, source), source, options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + IoReasons.of(e), e);
        }
    }

    /**
     * Reads these bytes with the reader most sure of them: one that is {@link PortfolioReader.Fit#CERTAIN}, else
     * one that takes them as a {@link PortfolioReader.Fit#FALLBACK} (by format name when several do).
     *
     * @param source the name problems give as their source
     * @throws InvalidPortfolioException listing every problem, located; or, when no reader takes the content,
     *         one problem naming the formats present
     */
    public static ReadResult read(byte[] content, String source, ReadOptions options) {
        List<PortfolioReader> readers = readers();
        PortfolioReader chosen = null;
        PortfolioReader.Fit best = PortfolioReader.Fit.NONE;
        for (PortfolioReader reader : readers) {
            PortfolioReader.Fit fit = reader.fit(content, source);
            if (fit.compareTo(best) > 0) {
                chosen = reader;
                best = fit;
            }
        }
        if (chosen == null) {
            throw new InvalidPortfolioException(List.of(new Problem(source, 1, 1, "",
                    "is in none of the formats that can be read here (" + names(readers) + ")")));
        }
        return inLanguage(chosen.read(content, source, options), source, options);
    }

    /**
     * The portfolio read in the language the options ask for, when its reader did not choose it already: each
     * fallback is then a warning without a line (a reader that knows the lines, as the native one, reports them).
     */
    private static ReadResult inLanguage(ReadResult read, String source, ReadOptions options) {
        if (options.language() == null) {
            return read;
        }
        Portfolio chosen = read.portfolio().in(options.language());
        if (chosen == read.portfolio()) {
            return read;
        }
        List<Problem> warnings = new java.util.ArrayList<>(read.warnings());
        String original = read.portfolio().contentLanguages().get(0);
        for (String path : chosen.coverage(options.language()).untranslated()) {
            warnings.add(new Problem(source, 0, 0, path,
                    io.github.portfoliosdk.model.internal.translation.Choosing.fallbackMessage(chosen.language(), original)));
        }
        return new ReadResult(chosen, read.format(), warnings);
    }

    /**
     * Reads these bytes as the named format, whatever their content looks like.
     *
     * @throws IllegalArgumentException when no module provides a reader of this format
     * @throws InvalidPortfolioException listing every problem, located
     */
    public static ReadResult read(byte[] content, String source, String format, ReadOptions options) {
        PortfolioReader reader = reader(format).orElseThrow(() -> new IllegalArgumentException(
                "no reader of the format '" + format + "' is present; the formats are " + names(readers())));
        return inLanguage(reader.read(content, source, options), source, options);
    }

    /**
     * The bytes of a file, refusing folders and files over {@link #MAX_INPUT_BYTES}.
     *
     * @throws UncheckedIOException when the file cannot be read
     * @throws InvalidPortfolioException when it is too large
     */
    public static byte[] bytes(Path file) {
        if (Files.isDirectory(file)) {
            throw new UncheckedIOException("cannot read " + file + ": is a folder, not a file", new IOException(file + " is a folder"));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return readAll(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + IoReasons.of(e), e);
        }
    }

    /**
     * Writes these files all or none, so that an error never leaves a half-written or a missing output: each file is
     * written in full (and flushed to the disk) to a temporary file beside its target, and only when all are complete
     * are they moved into place, each by an atomic rename where the file system has one. On any error the temporary
     * files are removed and every existing output is left byte for byte as it was. Missing folders are created; a
     * replaced file keeps its permissions; a symbolic link is written through, so it stays a link; a temporary name
     * that is taken (a leftover of a killed run) is never written through, the next one is used.
     *
     * @param files the target files and their complete contents, in the order to write them
     * @throws UncheckedIOException naming the file that could not be written and why
     *         ({@code cannot write site/README.md: is a folder})
     */
    public static void write(Map<Path, byte[]> files) {
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
            throw new UncheckedIOException("cannot write " + current + ": " + IoReasons.of(e), e);
        } finally {
            // after a complete run these are gone already; after an error, the outputs stay as they were
            staged.keySet().forEach(PortfolioFiles::deleteQuietly);
        }
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

    /** Reads the stream to its end, refusing more than {@link #MAX_INPUT_BYTES}. */
    private static byte[] readAll(InputStream in, String source) throws IOException {
        byte[] content = in.readNBytes(MAX_INPUT_BYTES + 1);
        if (content.length > MAX_INPUT_BYTES) {
            throw new InvalidPortfolioException(List.of(new Problem(source, 1, 1, "",
                    "is larger than the limit of " + MAX_INPUT_BYTES + " bytes")));
        }
        return content;
    }

    private static String names(List<PortfolioReader> readers) {
        return readers.isEmpty() ? "none: add portfolio-json or portfolio-jsonresume"
                : String.join(", ", readers.stream().map(PortfolioReader::format).toList());
    }

    /** The readers on the class path or module path, found on first use (lazy holder idiom). */
    private static final class Readers {
        static final List<PortfolioReader> ALL = ServiceLoader.load(PortfolioReader.class, PortfolioFiles.class.getClassLoader())
                .stream()
                .map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(PortfolioReader::format))
                .toList();
    }
}
