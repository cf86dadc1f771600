package io.github.portfoliosdk.cli.internal;

import io.github.portfoliosdk.json.PortfolioFormat;
import io.github.portfoliosdk.jsonresume.JsonResumeImporter;
import io.github.portfoliosdk.model.Portfolio;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The input of a command: a file in our format or JSON Resume, or {@code -} for standard input. */
final class InputOptions {

    @Parameters(index = "0", paramLabel = "INPUT",
            description = "The portfolio: our YAML or JSON format, or a JSON Resume file (told apart by content); '-' reads standard input.")
    String input;

    @Option(names = "--from", paramLabel = "native|json-resume", converter = InputKind.Converter.class,
            completionCandidates = InputKind.Converter.class,
            description = "Read INPUT as this kind instead of telling it from the content.")
    InputKind from;

    /** Reads the input whole (standard input from the terminal's). */
    Input read(Terminal terminal) {
        return Input.read(input, terminal.in());
    }

    /**
     * Reads and validates the portfolio the input describes.
     *
     * @throws io.github.portfoliosdk.model.InvalidPortfolioException with every problem located in the input
     */
    Portfolio portfolio(Input document) {
        Cli.quietLibraryLogging();
        InputKind kind = from != null ? from : InputKind.detect(document.content());
        return switch (kind) {
            case JSON_RESUME -> JsonResumeImporter.create().read(document.content(), document.name());
            case NATIVE -> nativeFormat(document).read(document.content(), document.name());
        };
    }

    /** YAML or JSON: by the file's extension, else by whether the text is a JSON object. */
    private static PortfolioFormat nativeFormat(Input document) {
        Optional<PortfolioFormat> byName = document.file() == null || document.file().getFileName() == null
                ? Optional.empty()
                : PortfolioFormat.forFileName(document.file().getFileName().toString());
        return byName.orElseGet(() -> JsonTopLevel.looksLikeJson(document.content()) ? PortfolioFormat.json() : PortfolioFormat.yaml());
    }
}
