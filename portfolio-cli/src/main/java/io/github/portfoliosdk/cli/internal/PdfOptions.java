package io.github.portfoliosdk.cli.internal;

import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.model.Theme;
import io.github.portfoliosdk.model.Paper;
import io.github.portfoliosdk.render.docx.DocxRenderer;
import io.github.portfoliosdk.render.pdf.PdfRenderer;
import io.github.portfoliosdk.render.text.PlainTextRenderer;
import java.time.Clock;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options of the CV outputs (PDF, Word, plain text): the paper size of the paged ones; their look follows
 * {@code --theme}.
 */
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
     * @throws IllegalArgumentException when the PDF's fonts cannot typeset the labels of {@code locale}
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
        return builder.build();
    }

    /** The Word renderer these options describe: the same sections, paper, theme and locale as the PDF. */
    DocxRenderer docxRenderer(List<Section> sections, Clock clock, Theme theme, Locale locale) {
        DocxRenderer.Builder builder = DocxRenderer.builder().clock(clock).locale(locale);
        if (paper != null) {
            builder.paper(paper);
        }
        if (theme != null) {
            builder.theme(theme);
        }
        if (sections != null) {
            builder.sections(sections);
        }
        return builder.build();
    }

    /** The plain-text renderer: the same sections and locale as the PDF, 80 columns. */
    PlainTextRenderer textRenderer(List<Section> sections, Clock clock, Locale locale) {
        PlainTextRenderer.Builder builder = PlainTextRenderer.builder().clock(clock).locale(locale);
        if (sections != null) {
            builder.sections(sections);
        }
        return builder.build();
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
