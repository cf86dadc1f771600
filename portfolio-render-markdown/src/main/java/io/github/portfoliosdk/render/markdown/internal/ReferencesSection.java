package io.github.portfoliosdk.render.markdown.internal;

import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Reference;
import io.github.portfoliosdk.render.markdown.MarkdownSectionContext;
import io.github.portfoliosdk.render.markdown.MarkdownSectionRenderer;
import io.github.portfoliosdk.render.markdown.MarkdownWriter;

/** References: each testimonial quoted, then who gave it. */
final class ReferencesSection implements MarkdownSectionRenderer {

    static final ReferencesSection INSTANCE = new ReferencesSection();

    @Override
    public boolean hasContent(Portfolio portfolio) {
        return !portfolio.references().isEmpty();
    }

    @Override
    public void render(Portfolio portfolio, MarkdownSectionContext context) {
        MarkdownWriter w = context.writer();
        for (Reference reference : portfolio.references()) {
            if (Blocks.present(reference.reference())) {
                w.startQuote();
                w.paragraph(reference.reference());
                w.endQuote();
            }
            if (Blocks.present(reference.name())) {
                w.startParagraph();
                w.text("— ");
                w.text(reference.name());
                w.end();
            }
        }
    }
}
