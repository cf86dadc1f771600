package io.github.portfoliosdk.render.markdown.internal;

import io.github.portfoliosdk.model.Interest;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.render.markdown.MarkdownSectionContext;
import io.github.portfoliosdk.render.markdown.MarkdownSectionRenderer;
import io.github.portfoliosdk.render.markdown.MarkdownWriter;

/** Interests and their keywords. */
final class InterestsSection implements MarkdownSectionRenderer {

    static final InterestsSection INSTANCE = new InterestsSection();

    @Override
    public boolean hasContent(Portfolio portfolio) {
        return !portfolio.interests().isEmpty();
    }

    @Override
    public void render(Portfolio portfolio, MarkdownSectionContext context) {
        MarkdownWriter w = context.writer();
        for (Interest interest : portfolio.interests()) {
            w.startBulletItem();
            w.strong(interest.name());
            if (!interest.keywords().isEmpty()) {
                w.text(Blocks.present(interest.name()) ? " — " : "");
                w.text(String.join(", ", interest.keywords()));
            }
            w.end();
        }
        w.endList();
    }
}
