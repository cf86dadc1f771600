package io.github.portfoliosdk.cli.internal;

import io.github.portfoliosdk.jsonresume.JsonResumeRenderer;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.PortfolioRenderer;
import io.github.portfoliosdk.model.PortfolioRendererProvider;
import io.github.portfoliosdk.model.RenderOptions;
import io.github.portfoliosdk.model.TextRenderer;
import java.util.Locale;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Builds renderers from command-line options, turning a builder's refusal into a usage error. */
final class Renderers {

    private Renderers() {
    }

    /**
     * Builds a renderer (or checks another option value) with a library builder.
     *
     * @throws ParameterException when the builder rejects an option's value (exit code 2)
     */
    static <T> T build(CommandSpec spec, Supplier<T> builder) {
        try {
            return builder.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    /**
     * Renders a valid portfolio; a renderer's refusal of its content (an extension that cannot be placed in JSON
     * Resume, say) is invalid input of that source, exit code 1.
     */
    static String render(TextRenderer renderer, Portfolio portfolio, String source) {
        try {
            return renderer.render(portfolio);
        } catch (IllegalArgumentException e) {
            throw refused(renderer, source, e);
        }
    }

    /** Renders a valid portfolio to bytes, in any format; refusals as {@link #render(TextRenderer, Portfolio, String)}. */
    static byte[] bytes(PortfolioRenderer renderer, Portfolio portfolio, String source) {
        try {
            return renderer.toBytes(portfolio);
        } catch (IllegalArgumentException e) {
            throw refused(renderer, source, e);
        }
    }

    private static InvalidInputException refused(PortfolioRenderer renderer, String source, IllegalArgumentException e) {
        return new InvalidInputException(source + ": the " + renderer.format() + " format cannot render it (the "
                + "portfolio is valid): " + e.getMessage());
    }

    /**
     * The options every format shares, as these commands' options give them: {@code --locale}, {@code --sections},
     * {@code --theme}, {@code --paper} (either may be null where a command has none) and the run's clock. No tags:
     * the commands tailor the portfolio once, before rendering ({@link VariantOptions#tailor}), for a usage error.
     *
     * @throws ParameterException when an option is refused (exit code 2)
     */
    static RenderOptions options(CommandSpec spec, SectionOptions sections, VariantOptions variant, HtmlOptions html,
            PdfOptions pdf) {
        return options(spec, sections, variant.labels(), html, pdf);
    }

    /** The options every format shares, with labels in this language. */
    static RenderOptions options(CommandSpec spec, SectionOptions sections, Locale labels, HtmlOptions html,
            PdfOptions pdf) {
        return RenderOptions.builder()
                .locale(labels)
                .sections(sections.chosen(spec))
                .theme(html == null ? null : html.theme)
                .paper(pdf == null ? null : pdf.paper)
                .clock(RunClock.of(spec))
                .build();
    }

    /**
     * A format's renderer with the shared options: HTML and Markdown also with their own options (fragment, CSS,
     * flavor...); any other format, the PDF among them, as its provider makes it.
     *
     * @throws ParameterException when a builder refuses an option's value (exit code 2)
     */
    static PortfolioRenderer create(CommandSpec spec, PortfolioRendererProvider provider, RenderOptions options,
            HtmlOptions html, MarkdownOptions markdown) {
        return create(spec, provider, options, html, markdown, java.util.Map.of());
    }

    /** A format's renderer as {@link #create}, an HTML page also linking itself in the other languages given. */
    static PortfolioRenderer create(CommandSpec spec, PortfolioRendererProvider provider, RenderOptions options,
            HtmlOptions html, MarkdownOptions markdown, java.util.Map<String, String> pageByLanguage) {
        return build(spec, () -> switch (provider.format()) {
            case "html" -> html.renderer(options, pageByLanguage);
            case "markdown" -> markdown.renderer(options);
            case "pdf" -> PdfOptions.renderer(provider, options);
            default -> provider.create(options);
        });
    }

    /** The JSON Resume renderer, with the properties that let an import restore the whole portfolio. */
    static TextRenderer jsonResume() {
        return JsonResumeRenderer.builder().build();
    }
}
