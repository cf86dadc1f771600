package io.github.portfoliosdk.cli.internal;

import io.github.portfoliosdk.model.RenderOptions;
import io.github.portfoliosdk.model.Section;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/** {@code --sections}: which sections the HTML and Markdown show, in which order. */
final class SectionOptions {

    @Option(names = "--sections", paramLabel = "LIST", split = ",", converter = SectionConverter.class,
            completionCandidates = SectionConverter.class,
            description = "Comma-separated sections to show, in order (default: all that have content): ${COMPLETION-CANDIDATES},"
                    + " or the id of one of the portfolio's customSections.")
    List<Section> sections;

    /** The sections chosen, or null for the renderers' default. */
    List<Section> chosen(CommandSpec spec) {
        if (sections == null) {
            return null;
        }
        try {
            return RenderOptions.builder().sections(sections).build().sections().orElseThrow();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--sections: " + e.getMessage());
        }
    }

    /** Converts and completes section ids ({@code work}, {@code system-design}, a custom section's {@code talks}). */
    static final class SectionConverter implements ITypeConverter<Section>, Iterable<String> {
        @Override
        public Section convert(String value) {
            try {
                return RenderOptions.parseSection(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }

        @Override
        public Iterator<String> iterator() {
            return Section.defaultOrder().stream().map(Section::id).iterator();
        }
    }
}
