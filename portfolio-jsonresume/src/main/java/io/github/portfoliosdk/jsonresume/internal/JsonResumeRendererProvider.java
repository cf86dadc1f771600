package io.github.portfoliosdk.jsonresume.internal;

import io.github.portfoliosdk.jsonresume.JsonResumeRenderer;
import io.github.portfoliosdk.model.PortfolioRenderer;
import io.github.portfoliosdk.model.PortfolioRendererProvider;

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
}
