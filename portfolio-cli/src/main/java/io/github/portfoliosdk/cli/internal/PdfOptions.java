package io.github.portfoliosdk.cli.internal;

import io.github.portfoliosdk.model.Labels;
import io.github.portfoliosdk.model.PortfolioRenderer;
import io.github.portfoliosdk.model.PortfolioRendererProvider;
import io.github.portfoliosdk.render.pdf.PdfRenderer;
import java.util.List;
import java.util.Locale;
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

    /**
     * The PDF renderer the provider makes with these options; when its fonts cannot typeset the labels of the
     * options' locale, the refusal gives advice in the command line's words (the library's names a Java method).
     *
     * @throws IllegalArgumentException when the PDF renderer refuses an option
     */
    static PortfolioRenderer renderer(PortfolioRendererProvider provider, RenderOptions options) {
        try {
            return provider.create(options);
        } catch (IllegalArgumentException e) {
            List<String> covered = typesetLocales();
            String locale = options.locale().toLanguageTag();
            if (covered.contains(locale)) {
                throw e;
            }
            throw new IllegalArgumentException("the PDF cannot typeset the labels of locale " + locale
                    + ": render this language with -f html or -f markdown, or the PDF in a language its fonts cover: --locale "
                    + String.join(", ", covered), e);
        }
    }

    /** The bundled locales whose labels the PDF can typeset, found by asking the PDF renderer. */
    private static List<String> typesetLocales() {
        return Labels.bundledLocales().stream().filter(tag -> {
            try {
                PdfRenderer.builder().locale(Locale.forLanguageTag(tag)).embedJsonResume(false).build();
                return true;
            } catch (IllegalArgumentException refused) {
                return false;
            }
        }).toList();
    }

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
