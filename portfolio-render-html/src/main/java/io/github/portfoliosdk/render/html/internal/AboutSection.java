package io.github.portfoliosdk.render.html.internal;

import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.render.html.SectionContext;
import io.github.portfoliosdk.render.html.SectionRenderer;

/** The "about me" paragraphs. */
final class AboutSection implements SectionRenderer {

    @Override
    public boolean hasContent(Portfolio portfolio) {
        return !portfolio.person().about().isEmpty();
    }

    @Override
    public void render(Portfolio portfolio, SectionContext context) {
        Parts.paragraphs(context.writer(), "pf-text pf-about", portfolio.person().about());
    }
}
