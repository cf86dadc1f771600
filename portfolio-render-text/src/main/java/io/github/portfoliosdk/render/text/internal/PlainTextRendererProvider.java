package io.github.portfoliosdk.render.text.internal;

import io.github.portfoliosdk.model.PortfolioRenderer;
import io.github.portfoliosdk.model.PortfolioRendererProvider;
import io.github.portfoliosdk.model.RenderOptions;
import io.github.portfoliosdk.render.text.PlainTextRenderer;

/** Makes the plain-text renderer discoverable as format {@code text} through {@link java.util.ServiceLoader}. */
public final class PlainTextRendererProvider implements PortfolioRendererProvider {

    /** Called by the service loader. */
    public PlainTextRendererProvider() {
    }

    /** Returns {@code text}. */
    @Override
    public String format() {
        return PlainTextRenderer.FORMAT;
    }

    /** A plain-text renderer with the default options (80 columns, the CV sections, English). */
    @Override
    public PortfolioRenderer create() {
        return PlainTextRenderer.create();
    }

    /** A renderer with the shared options applied, the format's own at their defaults. */
    @Override
    public PortfolioRenderer create(RenderOptions options) {
        return PlainTextRenderer.builder().options(options).build();
    }

    /** Returns {@code cv.txt}. */
    @Override
    public String fileName() {
        return "cv.txt";
    }
}
