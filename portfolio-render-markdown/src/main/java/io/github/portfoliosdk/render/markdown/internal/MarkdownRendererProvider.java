package io.github.portfoliosdk.render.markdown.internal;

import io.github.portfoliosdk.model.PortfolioRenderer;
import io.github.portfoliosdk.model.PortfolioRendererProvider;
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
}
