package io.github.portfoliosdk.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
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
 * Stateless and thread-safe.
 */
public final class PortfolioFiles {

    /** The largest input read, in bytes (64 MiB); each reader may have a lower limit of its own. */
    public static final int MAX_INPUT_BYTES = 64 * 1024 * 1024;

    private PortfolioFiles() {
    }

    /** The readers found, sorted by format name. */
    public static List<PortfolioReader> readers() {
        return ServiceLoader.load(PortfolioReader.class, PortfolioFiles.class.getClassLoader())
                .stream()
                .map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(PortfolioReader::format))
                .toList();
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
            throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
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
        return chosen.read(content, source, options);
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
        return reader.read(content, source, options);
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
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
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
}
