package io.github.portfoliosdk.cli.internal;

import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.PortfolioFiles;
import io.github.portfoliosdk.model.PortfolioReader;
import io.github.portfoliosdk.model.ReadOptions;
import io.github.portfoliosdk.model.ReadResult;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** The input of a command: a portfolio file of any format the library reads, or {@code -} for standard input. */
final class InputOptions {

    @Parameters(index = "0", paramLabel = "INPUT",
            description = "The portfolio: our YAML or JSON format, or a JSON Resume file (told apart by content); '-' reads standard input.")
    String input;

    @Option(names = "--from", paramLabel = "native|json-resume", converter = Formats.class, completionCandidates = Formats.class,
            description = "Read INPUT as this format instead of telling it from the content.")
    String from;

    @Option(names = "--lenient",
            description = "Repair the common mistakes of real JSON Resume files (empty values, dates such as 'May 2019' "
                    + "or 'Present', URLs without https://) and report each as a warning instead of an error.")
    boolean lenient;

    /** Reads the input whole (standard input from the terminal's). */
    Input read(Terminal terminal) {
        return Input.read(input, terminal.in());
    }

    /**
     * Reads and validates the portfolio the input describes, printing the warnings of a lenient read.
     *
     * @throws io.github.portfoliosdk.model.InvalidPortfolioException with every problem located in the input
     */
    Portfolio portfolio(Input document, Terminal terminal) {
        return portfolio(document, terminal, null);
    }

    /**
     * Reads and validates the portfolio the input describes in this content language (null: as written), printing
     * the warnings of a lenient read and each text that falls back to the portfolio's own language (a null terminal:
     * printing nothing).
     *
     * @throws io.github.portfoliosdk.model.InvalidPortfolioException with every problem located in the input
     */
    Portfolio portfolio(Input document, Terminal terminal, java.util.Locale language) {
        Cli.quietLibraryLogging();
        ReadOptions options = (lenient ? ReadOptions.LENIENT : ReadOptions.STRICT).withLanguage(language);
        ReadResult read = from == null
                ? PortfolioFiles.read(document.bytes(), document.name(), options)
                : PortfolioFiles.read(document.bytes(), document.name(), from, options);
        if (terminal != null) {
            read.warnings().forEach(warning -> terminal.message("warning: " + warning));
        }
        return read.portfolio();
    }

    /** Checks and completes {@code --from} values: the formats of the readers present. */
    static final class Formats implements ITypeConverter<String>, Iterable<String> {
        @Override
        public String convert(String value) {
            if (PortfolioFiles.reader(value).isEmpty()) {
                throw new TypeConversionException("'" + value + "' is not one of " + String.join(", ", this));
            }
            return value;
        }

        @Override
        public Iterator<String> iterator() {
            return PortfolioFiles.readers().stream().map(PortfolioReader::format).iterator();
        }
    }
}
