package io.github.portfoliosdk.render.html.internal;

import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.render.html.HtmlSectionContext;
import io.github.portfoliosdk.render.html.HtmlSectionRenderer;

/** The "about me" paragraphs. */
final class AboutSection implements HtmlSectionRenderer {

    @Override
    public boolean hasContent(Portfolio portfolio) {
        return !portfolio.person().about().isEmpty();
    }

    @Override
    public void render(Portfolio portfolio, HtmlSectionContext context) {
        Parts.paragraphs(context, "pf-text pf-about", portfolio.person().about());
    }
}
