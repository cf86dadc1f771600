package io.github.portfoliosdk.render.markdown.internal;

import io.github.portfoliosdk.model.Award;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.render.markdown.MarkdownSectionContext;
import io.github.portfoliosdk.render.markdown.MarkdownSectionRenderer;
import io.github.portfoliosdk.render.markdown.MarkdownWriter;

/** Awards: title, awarder, date and what for. */
final class AwardsSection implements MarkdownSectionRenderer {

    static final AwardsSection INSTANCE = new AwardsSection();

    @Override
    public boolean hasContent(Portfolio portfolio) {
        return !portfolio.awards().isEmpty();
    }

    @Override
    public void render(Portfolio portfolio, MarkdownSectionContext context) {
        MarkdownWriter w = context.writer();
        for (Award award : portfolio.awards()) {
            w.startBulletItem();
            boolean titled = Blocks.present(award.title());
            w.strong(award.title());
            Blocks.joined(w, Blocks.list(award.awarder(), Blocks.date(award.date(), context.locale())), titled);
            if (Blocks.present(award.summary())) {
                w.text(" — ");
                w.text(award.summary());
            }
            w.end();
        }
        w.endList();
    }
}
