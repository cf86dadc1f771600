package io.github.portfoliosdk.cli.internal;

import io.github.portfoliosdk.model.RenderOptions;
import io.github.portfoliosdk.render.markdown.Flavor;
import io.github.portfoliosdk.render.markdown.MarkdownRenderer;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options of the Markdown output: flavor, heading level, badges, Mermaid diagrams. */
final class MarkdownOptions {

    @Option(names = "--flavor", paramLabel = "github|commonmark", converter = FlavorConverter.class,
            completionCandidates = FlavorConverter.class,
            description = "Markdown: GitHub Flavored Markdown (tables, Mermaid) or plain CommonMark (default: github).")
    Flavor flavor;

    @Option(names = "--heading-offset", paramLabel = "N",
            description = "Markdown: move every heading N levels down (0 to 2), to nest it under an existing heading (default: 0).")
    int headingOffset;

    @Option(names = "--badges",
            description = "Markdown: show skills and the primary stack as shields.io badges.")
    boolean badges;

    @Option(names = "--no-mermaid",
            description = "Markdown: write flows as text (A → B → C) instead of Mermaid flowcharts.")
    boolean noMermaid;

    /** The Markdown renderer these options describe, with the shared options. */
    MarkdownRenderer renderer(RenderOptions options) {
        return MarkdownRenderer.builder()
                .options(options)
                .flavor(flavor != null ? flavor : Flavor.GITHUB)
                .headingOffset(headingOffset)
                .badges(badges)
                .mermaid(!noMermaid)
                .build();
    }

    /** Converts and completes flavor names. */
    static final class FlavorConverter implements ITypeConverter<Flavor>, Iterable<String> {
        @Override
        public Flavor convert(String value) {
            return Flavor.fromName(value).orElseThrow(() ->
                    new TypeConversionException("'" + value + "' is not a flavor; flavors are github, commonmark"));
        }

        @Override
        public Iterator<String> iterator() {
            return List.of("github", "commonmark").iterator();
        }
    }
}
