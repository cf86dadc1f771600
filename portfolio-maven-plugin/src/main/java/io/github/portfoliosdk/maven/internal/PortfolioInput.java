package io.github.portfoliosdk.maven.internal;

import io.github.portfoliosdk.model.PortfolioFiles;
import io.github.portfoliosdk.model.ReadOptions;
import io.github.portfoliosdk.model.ReadResult;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the plugin's input file through the library's one entry point, {@link PortfolioFiles}, for every goal alike. */
public final class PortfolioInput {

    private PortfolioInput() {
    }

    /** Reads and validates a portfolio file in its own language, as {@link #read(Path, String, boolean, String, java.util.Locale)}. */
    public static ReadResult read(Path file, String from, boolean lenient, String sourceName) {
        return read(file, from, lenient, sourceName, null);
    }

    /**
     * Reads and validates a portfolio file of any format a reader on the class path knows.
     *
     * @param from the format to read it as ({@code native}, {@code json-resume}), or null to tell it apart by content
     * @param lenient whether to repair the common mistakes of real JSON Resume files, with warnings
     * @param sourceName the file's name in problems ({@code file:line:column: path: message})
     * @param language the language to read the portfolio in (each untranslated text a warning), or null for its own
     * @throws io.github.portfoliosdk.model.InvalidPortfolioException with every problem, located
     * @throws IllegalArgumentException when the file cannot be read or {@code from} is unknown, with a message to show
     */
    public static ReadResult read(Path file, String from, boolean lenient, String sourceName, java.util.Locale language) {
        if (from != null && PortfolioFiles.reader(from).isEmpty()) {
            throw new IllegalArgumentException("<from>" + from + "</from> is not one of "
                    + String.join(", ", PortfolioFiles.readers().stream().map(reader -> reader.format()).toList()));
        }
        ReadOptions options = (lenient ? ReadOptions.LENIENT : ReadOptions.STRICT).withLanguage(language);
        byte[] content;
        try {
            content = PortfolioFiles.bytes(file);
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException("Cannot read " + sourceName + ": "
                    + (e.getCause() instanceof NoSuchFileException ? "no such file; set <input> to your portfolio file"
                            : e.getCause().getMessage()), e);
        }
        return from == null
                ? PortfolioFiles.read(content, sourceName, options)
                : PortfolioFiles.read(content, sourceName, from, options);
    }
}
