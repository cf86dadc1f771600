package io.github.portfoliosdk.render.markdown.internal;

import io.github.portfoliosdk.model.FocusItem;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.render.markdown.MarkdownSectionContext;
import io.github.portfoliosdk.render.markdown.MarkdownSectionRenderer;
import io.github.portfoliosdk.render.markdown.MarkdownWriter;

/** What the person is focused on now, one item each. */
final class FocusSection implements MarkdownSectionRenderer {

    static final FocusSection INSTANCE = new FocusSection();

    @Override
    public boolean hasContent(Portfolio portfolio) {
        return !portfolio.person().focus().isEmpty();
    }

    @Override
    public void render(Portfolio portfolio, MarkdownSectionContext context) {
        MarkdownWriter w = context.writer();
        for (FocusItem item : portfolio.person().focus()) {
            w.startBulletItem();
            w.strong(item.title());
            if (Blocks.present(item.text())) {
                w.text(" — ");
                w.text(item.text());
            }
            w.end();
        }
        w.endList();
    }
}
