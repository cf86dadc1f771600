package io.github.portfoliosdk.render.html.internal;

import io.github.portfoliosdk.model.PortfolioRenderer;
import io.github.portfoliosdk.model.PortfolioRendererProvider;
import io.github.portfoliosdk.model.RenderOptions;
import io.github.portfoliosdk.render.html.HtmlRenderer;

/** Makes the HTML renderer discoverable as format {@code html} through {@link java.util.ServiceLoader}. */
public final class HtmlRendererProvider implements PortfolioRendererProvider {

    /** Called by the service loader. */
    public HtmlRendererProvider() {
    }

    /** {@code html}. */
    @Override
    public String format() {
        return "html";
    }

    /** A page renderer with the default options. */
    @Override
    public PortfolioRenderer create() {
        return HtmlRenderer.create();
    }

    /** A renderer with the shared options applied, the format's own at their defaults. */
    @Override
    public PortfolioRenderer create(RenderOptions options) {
        return HtmlRenderer.builder().options(options).build();
    }

    /** Returns {@code index.html}. */
    @Override
    public String fileName() {
        return "index.html";
    }
}
