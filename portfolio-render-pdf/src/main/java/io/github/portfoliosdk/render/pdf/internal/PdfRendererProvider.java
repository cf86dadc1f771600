package io.github.portfoliosdk.render.pdf.internal;

import io.github.portfoliosdk.model.PortfolioRenderer;
import io.github.portfoliosdk.model.PortfolioRendererProvider;
import io.github.portfoliosdk.model.RenderOptions;
import io.github.portfoliosdk.render.pdf.PdfRenderer;

/** Makes the PDF renderer discoverable as format {@code pdf} through {@link java.util.ServiceLoader}. */
public final class PdfRendererProvider implements PortfolioRendererProvider {

    /** Called by the service loader. */
    public PdfRendererProvider() {
    }

    /** Returns {@code pdf}. */
    @Override
    public String format() {
        return PdfRenderer.FORMAT;
    }

    /** A PDF renderer with the default options (A4, classic theme, the CV sections). */
    @Override
    public PortfolioRenderer create() {
        return PdfRenderer.create();
    }

    /** A renderer with the shared options applied, the format's own at their defaults. */
    @Override
    public PortfolioRenderer create(RenderOptions options) {
        return PdfRenderer.builder().options(options).build();
    }

    /** Returns {@code cv.pdf}. */
    @Override
    public String fileName() {
        return "cv.pdf";
    }
}
