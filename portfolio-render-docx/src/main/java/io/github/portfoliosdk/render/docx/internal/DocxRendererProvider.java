package io.github.portfoliosdk.render.docx.internal;

import io.github.portfoliosdk.model.PortfolioRenderer;
import io.github.portfoliosdk.model.PortfolioRendererProvider;
import io.github.portfoliosdk.model.RenderOptions;
import io.github.portfoliosdk.render.docx.DocxRenderer;

/** Makes the Word renderer discoverable as format {@code docx} through {@link java.util.ServiceLoader}. */
public final class DocxRendererProvider implements PortfolioRendererProvider {

    /** Called by the service loader. */
    public DocxRendererProvider() {
    }

    /** Returns {@code docx}. */
    @Override
    public String format() {
        return DocxRenderer.FORMAT;
    }

    /** A Word renderer with the default options (A4, classic theme, the CV sections, English). */
    @Override
    public PortfolioRenderer create() {
        return DocxRenderer.create();
    }

    /** A renderer with the shared options applied, the format's own at their defaults. */
    @Override
    public PortfolioRenderer create(RenderOptions options) {
        return DocxRenderer.builder().options(options).build();
    }

    /** Returns {@code cv.docx}. */
    @Override
    public String fileName() {
        return "cv.docx";
    }
}
