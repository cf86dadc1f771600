package io.github.portfoliosdk.render.markdown.internal;

import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Publication;
import io.github.portfoliosdk.render.markdown.MarkdownSectionContext;
import io.github.portfoliosdk.render.markdown.MarkdownSectionRenderer;
import io.github.portfoliosdk.render.markdown.MarkdownWriter;

/** Publications: title (linked), publisher, date and summary. */
final class PublicationsSection implements MarkdownSectionRenderer {

    static final PublicationsSection INSTANCE = new PublicationsSection();

    @Override
    public boolean hasContent(Portfolio portfolio) {
        return !portfolio.publications().isEmpty();
    }

    @Override
    public void render(Portfolio portfolio, MarkdownSectionContext context) {
        MarkdownWriter w = context.writer();
        for (Publication publication : portfolio.publications()) {
            w.startBulletItem();
            boolean named = Blocks.present(publication.name());
            if (named) {
                w.link(publication.name(), publication.url());
            }
            Blocks.joined(w, Blocks.list(publication.publisher(), Blocks.date(publication.releaseDate(), context.locale())), named);
            if (Blocks.present(publication.summary())) {
                w.text(" — ");
                w.text(publication.summary());
            }
            w.end();
        }
        w.endList();
    }
}
