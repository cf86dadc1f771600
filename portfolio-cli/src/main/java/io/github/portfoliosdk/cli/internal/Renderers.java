package io.github.portfoliosdk.cli.internal;

import io.github.portfoliosdk.jsonresume.JsonResumeRenderer;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.PortfolioRenderer;
import io.github.portfoliosdk.model.TextRenderer;
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

    /** The JSON Resume renderer, with the properties that let an import restore the whole portfolio. */
    static TextRenderer jsonResume() {
        return JsonResumeRenderer.builder().build();
    }
}
