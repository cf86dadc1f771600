package io.github.portfoliosdk.jsonresume.internal;

import io.github.portfoliosdk.jsonresume.JsonResumeRenderer;
import io.github.portfoliosdk.model.PortfolioRenderer;
import io.github.portfoliosdk.model.PortfolioRendererProvider;
import io.github.portfoliosdk.model.RenderOptions;

/** Makes {@link JsonResumeRenderer} known to {@code ServiceLoader} as the format {@code json-resume}. */
public final class JsonResumeRendererProvider implements PortfolioRendererProvider {

    /** Called by {@code ServiceLoader}. */
    public JsonResumeRendererProvider() {
    }

    @Override
    public String format() {
        return JsonResumeRenderer.FORMAT;
    }

    @Override
    public PortfolioRenderer create() {
        return JsonResumeRenderer.builder().build();
    }

    /** A renderer with the shared options applied, the format's own at their defaults. */
    @Override
    public PortfolioRenderer create(RenderOptions options) {
        return JsonResumeRenderer.builder().options(options).build();
    }

    /** Returns {@code resume.json}. */
    @Override
    public String fileName() {
        return "resume.json";
    }
}
