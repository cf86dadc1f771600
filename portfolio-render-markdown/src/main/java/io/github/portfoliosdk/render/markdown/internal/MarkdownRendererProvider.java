package io.github.portfoliosdk.render.markdown.internal;

import io.github.portfoliosdk.model.PortfolioRenderer;
import io.github.portfoliosdk.model.PortfolioRendererProvider;
import io.github.portfoliosdk.model.RenderOptions;
import io.github.portfoliosdk.render.markdown.MarkdownRenderer;

/** Makes the Markdown renderer discoverable as format {@code markdown} through {@link java.util.ServiceLoader}. */
public final class MarkdownRendererProvider implements PortfolioRendererProvider {

    /** Called by the service loader. */
    public MarkdownRendererProvider() {
    }

    /** Returns {@code markdown}. */
    @Override
    public String format() {
        return "markdown";
    }

    /** A Markdown renderer with the default options (GitHub flavour, all sections). */
    @Override
    public PortfolioRenderer create() {
        return MarkdownRenderer.builder().build();
    }

    /** A renderer with the shared options applied, the format's own at their defaults. */
    @Override
    public PortfolioRenderer create(RenderOptions options) {
        return MarkdownRenderer.builder().options(options).build();
    }

    /** Returns {@code README.md}. */
    @Override
    public String fileName() {
        return "README.md";
    }
}
