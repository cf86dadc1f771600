package io.github.portfoliosdk.cli.internal;

import io.github.portfoliosdk.model.Labels;
import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.model.Theme;
import io.github.portfoliosdk.model.Paper;
import io.github.portfoliosdk.render.pdf.PdfRenderer;
import java.time.Clock;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options of the PDF output: the paper size; the print style follows {@code --theme}. */
final class PdfOptions {

    @Option(names = "--paper", paramLabel = "SIZE", converter = PaperConverter.class,
            completionCandidates = PaperConverter.class,
            description = "PDF paper size: ${COMPLETION-CANDIDATES} (default: a4).")
    Paper paper;

    /**
     * The PDF renderer these options describe, in the print style of the same name as the HTML theme when one is
     * given, with the labels and dates of {@code locale}, embedding the same JSON Resume document
     * {@code -f json-resume} writes.
     *
     * @throws IllegalArgumentException when the PDF's fonts cannot typeset the labels of {@code locale}, with advice
     *     in the command line's words (the library's names a Java method)
     */
    PdfRenderer renderer(List<Section> sections, Clock clock, Theme theme, Locale locale) {
        PdfRenderer.Builder builder = PdfRenderer.builder().clock(clock).locale(locale)
                .jsonResume(Renderers.jsonResume());
        if (paper != null) {
            builder.paper(paper);
        }
        if (theme != null) {
            builder.theme(theme);
        }
        if (sections != null) {
            builder.sections(sections);
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the PDF cannot typeset the labels of locale " + locale.toLanguageTag()
                    + ": render this language with -f html or -f markdown, or the PDF in a language its fonts cover: --locale "
                    + String.join(", ", typesetLocales()), e);
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
            return Paper.fromName(value).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "' is not a paper size; sizes are " + String.join(", ", this)));
        }

        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Paper.values()).map(paper -> paper.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.toList()).iterator();
        }
    }
}
