package io.github.portfoliosdk.jsonresume;

import io.github.portfoliosdk.jsonresume.internal.Importer;
import io.github.portfoliosdk.jsonresume.internal.Json;
import io.github.portfoliosdk.jsonresume.internal.JsonReader;
import io.github.portfoliosdk.model.InvalidPortfolioException;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Problem;
import io.github.portfoliosdk.model.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a <a href="https://jsonresume.org/schema">JSON Resume</a> document into a validated {@link Portfolio}.
 * Every property the model has no field for is kept in {@link Portfolio#extensions()}, so that
 * {@link JsonResumeRenderer} writes the same document back. Invalid input gives an
 * {@link InvalidPortfolioException} listing every problem with its JSON path and line:column, never a partial
 * result. Input is bounded: document size, nesting depth and string length have limits; duplicate keys and
 * bytes that are not UTF-8 are errors.
 * <p>By default the import is strict: whatever the JSON Resume schema or the model's rules refuse is an error. A
 * {@linkplain Builder#lenient(boolean) lenient} import repairs the common mistakes of real files (empty strings
 * and {@code null}, dates such as {@code May 2019} or {@code Present}, URLs without a scheme, values of the wrong
 * type), reports each repair as a warning with its line:column, and keeps each original value in the extensions,
 * so that exporting the portfolio gives back the original document.
 * <p>Immutable and thread-safe.
 */
public final class JsonResumeImporter {

    /** The format name of JSON Resume, as {@link io.github.portfoliosdk.model.PortfolioReader#format()} gives it. */
    public static final String FORMAT = JsonResumeRenderer.FORMAT;

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final JsonReader reader;
    private final boolean lenient;

    private JsonResumeImporter(Builder builder) {
        this.reader = new JsonReader(builder.maxNestingDepth, builder.maxStringLength, builder.maxDocumentBytes);
        this.lenient = builder.lenient;
    }

    /** An importer with the default limits. */
    public static JsonResumeImporter create() {
        return builder().build();
    }

    /** A builder for an importer with other limits. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the JSON Resume file at this path; problems name the path as their source. A lenient import's
     * warnings are lost here: {@link #readWithWarnings(Path)} returns them.
     *
     * @throws InvalidPortfolioException when the file is not a valid JSON Resume document for a portfolio
     * @throws UncheckedIOException when the file cannot be read
     */
    public Portfolio read(Path file) {
        return readWithWarnings(file).portfolio();
    }

    /**
     * Reads the JSON Resume file at this path, with what the import repaired or left unshown as warnings (see
     * {@link #readWithWarnings(byte[], String)}); problems and warnings name the path as their source.
     *
     * @throws InvalidPortfolioException when the file is not a valid JSON Resume document for a portfolio
     * @throws UncheckedIOException when the file cannot be read
     */
    public ReadResult readWithWarnings(Path file) {
        String source = file.toString();
        try {
            long size = Files.size(file);
            if (size > reader.maxDocumentBytes()) {
                throw tooLarge(source, size);
            }
            return readWithWarnings(Files.readAllBytes(file), source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a JSON Resume document held in a string.
     *
     * @param sourceName the name problems give as their source ("resume.json")
     * @throws InvalidPortfolioException when it is not a valid JSON Resume document for a portfolio
     */
    public Portfolio read(String content, String sourceName) {
        return readWithWarnings(content, sourceName).portfolio();
    }

    /**
     * Reads a JSON Resume document held in a string, with its warnings (see {@link #readWithWarnings(byte[], String)}).
     *
     * @param sourceName the name problems and warnings give as their source ("resume.json")
     * @throws InvalidPortfolioException when it is not a valid JSON Resume document for a portfolio
     */
    public ReadResult readWithWarnings(String content, String sourceName) {
        return readWithHints(repairs -> reader.read(content, sourceName, repairs), false, sourceName);
    }

    /**
     * Reads a JSON Resume document from a stream of UTF-8 bytes, to its end; the stream is not closed.
     *
     * @param sourceName the name problems give as their source
     * @throws InvalidPortfolioException when it is not a valid JSON Resume document for a portfolio
     * @throws UncheckedIOException when the stream fails
     */
    public Portfolio read(InputStream input, String sourceName) {
        return readWithWarnings(input, sourceName).portfolio();
    }

    /**
     * Reads a JSON Resume document from a stream of UTF-8 bytes, to its end, with its warnings (see
     * {@link #readWithWarnings(byte[], String)}); the stream is not closed.
     *
     * @param sourceName the name problems and warnings give as their source
     * @throws InvalidPortfolioException when it is not a valid JSON Resume document for a portfolio
     * @throws UncheckedIOException when the stream fails
     */
    public ReadResult readWithWarnings(InputStream input, String sourceName) {
        try {
            long limit = reader.maxDocumentBytes();
            byte[] bytes = input.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw tooLarge(sourceName, bytes.length);
            }
            return readWithWarnings(bytes, sourceName);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sourceName + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a JSON Resume document from UTF-8 bytes and tells what the reader will not see as written: each
     * repair of a lenient import ({@code resume.json:7:20: work[0].endDate: "Present" read as no end date...}) and,
     * strict or lenient, each key that no renderer shows ({@code basics.x_title: not a JSON Resume property: kept
     * in the JSON Resume export, not shown}) is a warning located like a problem. A strict refusal of something a
     * lenient import would repair says so in the problem's message.
     *
     * @param sourceName the name problems and warnings give as their source
     * @throws InvalidPortfolioException when it is not a JSON Resume document this importer can read
     */
    public ReadResult readWithWarnings(byte[] content, String sourceName) {
        if (content.length > reader.maxDocumentBytes()) {
            throw tooLarge(sourceName, content.length);
        }
        return readWithHints(repairs -> reader.read(content, sourceName, repairs), startsWithByteOrderMark(content), sourceName);
    }

    /** Imports as this importer does; a strict refusal says what a lenient import would make of each problem. */
    private ReadResult readWithHints(Function<List<Problem>, Json> parse, boolean byteOrderMark, String sourceName) {
        try {
            return importOf(parse, byteOrderMark, sourceName, lenient);
        } catch (InvalidPortfolioException refused) {
            if (lenient) {
                throw refused;
            }
            List<Problem> lenientWarnings;
            try {
                lenientWarnings = importOf(parse, byteOrderMark, sourceName, true).warnings();
            } catch (InvalidPortfolioException alsoRefused) {
                lenientWarnings = List.of();
            }
            throw Importer.withLenientHints(refused, lenientWarnings);
        }
    }

    private ReadResult importOf(Function<List<Problem>, Json> parse, boolean byteOrderMark, String sourceName,
                                boolean lenientImport) {
        List<Problem> duplicates = lenientImport ? new ArrayList<>() : null;
        Importer.Imported imported = Importer.read(parse.apply(duplicates), sourceName, lenientImport);
        List<Problem> warnings = new ArrayList<>(imported.warnings());
        if (duplicates != null) {
            warnings.addAll(duplicates);
            warnings.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        }
        if (lenientImport && byteOrderMark) {
            warnings.add(0, new Problem(sourceName, 1, 1, "", "byte-order mark skipped"));
        }
        return new ReadResult(imported.portfolio(), FORMAT, List.copyOf(warnings));
    }

    /** Whether this importer repairs what it can instead of refusing it. */
    public boolean lenient() {
        return lenient;
    }

    private static boolean startsWithByteOrderMark(byte[] content) {
        return content.length >= 3 && content[0] == BYTE_ORDER_MARK[0] && content[1] == BYTE_ORDER_MARK[1]
                && content[2] == BYTE_ORDER_MARK[2];
    }

    private InvalidPortfolioException tooLarge(String source, long size) {
        return new InvalidPortfolioException(List.of(new Problem(source, 1, 1, "",
                "the document has " + size + " bytes or more, over the limit of " + reader.maxDocumentBytes())));
    }

    /** Configures a {@link JsonResumeImporter}'s limits; not thread-safe, use one per thread. */
    public static final class Builder {
        private int maxNestingDepth = 100;
        private int maxStringLength = 1_000_000;
        private long maxDocumentBytes = 16L * 1024 * 1024;
        private boolean lenient;

        private Builder() {
        }

        /**
         * Whether to repair the common mistakes of real files, each reported as a warning (default false: strict).
         * What cannot be repaired (no {@code basics.name}, a file that is not JSON, a date that does not exist) is
         * still an error.
         */
        public Builder lenient(boolean lenient) {
            this.lenient = lenient;
            return this;
        }

        /** How deeply arrays and objects may nest (default 100; JSON Resume itself needs 5). At most 1000. */
        public Builder maxNestingDepth(int maxNestingDepth) {
            if (maxNestingDepth < 5 || maxNestingDepth > 1000) {
                throw new IllegalArgumentException("maxNestingDepth must be between 5 and 1000, not " + maxNestingDepth);
            }
            this.maxNestingDepth = maxNestingDepth;
            return this;
        }

        /** The longest string, key or number in characters (default 1,000,000; numbers at most 1000). */
        public Builder maxStringLength(int maxStringLength) {
            if (maxStringLength < 1) {
                throw new IllegalArgumentException("maxStringLength must be positive, not " + maxStringLength);
            }
            this.maxStringLength = maxStringLength;
            return this;
        }

        /** The largest document in bytes (default 16 MiB). */
        public Builder maxDocumentBytes(long maxDocumentBytes) {
            if (maxDocumentBytes < 1 || maxDocumentBytes > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("maxDocumentBytes must be between 1 and " + (Integer.MAX_VALUE - 8) + ", not " + maxDocumentBytes);
            }
            this.maxDocumentBytes = maxDocumentBytes;
            return this;
        }

        /** The importer with these limits. */
        public JsonResumeImporter build() {
            return new JsonResumeImporter(this);
        }
    }
}
