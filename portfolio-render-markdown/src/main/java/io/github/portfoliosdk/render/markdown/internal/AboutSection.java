package io.github.portfoliosdk.render.markdown.internal;

import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.render.markdown.MarkdownSectionContext;
import io.github.portfoliosdk.render.markdown.MarkdownSectionRenderer;

/** The "about me" paragraphs. */
final class AboutSection implements MarkdownSectionRenderer {

    static final AboutSection INSTANCE = new AboutSection();

    @Override
    public boolean hasContent(Portfolio portfolio) {
        return !portfolio.person().about().isEmpty();
    }

    @Override
    public void render(Portfolio portfolio, MarkdownSectionContext context) {
        for (String paragraph : portfolio.person().about()) {
            context.writer().paragraph(paragraph);
        }
    }
}
