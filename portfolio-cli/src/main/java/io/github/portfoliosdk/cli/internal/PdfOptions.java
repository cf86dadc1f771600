package io.github.portfoliosdk.cli.internal;

import io.github.portfoliosdk.model.Paper;
import io.github.portfoliosdk.model.RenderOptions;
import java.util.Arrays;
import java.util.Iterator;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options of the paged outputs (the PDF): the paper size; the print style follows {@code --theme}. */
final class PdfOptions {

    @Option(names = "--paper", paramLabel = "SIZE", converter = PaperConverter.class,
            completionCandidates = PaperConverter.class,
            description = "PDF paper size: ${COMPLETION-CANDIDATES} (default: a4).")
    Paper paper;

    /** Converts and completes paper sizes. */
    static final class PaperConverter implements ITypeConverter<Paper>, Iterable<String> {
        @Override
        public Paper convert(String value) {
            try {
                return RenderOptions.parsePaper(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }

        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Paper.values()).map(Paper::id)
                    .collect(Collectors.toList()).iterator();
        }
    }
}
