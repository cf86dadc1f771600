package io.github.portfoliosdk.render.html.internal;

import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Publication;
import io.github.portfoliosdk.render.html.HtmlSectionContext;
import io.github.portfoliosdk.render.html.HtmlSectionRenderer;

/** Publications: title (linked), publisher, date and summary. */
final class PublicationsSection implements HtmlSectionRenderer {

    @Override
    public boolean hasContent(Portfolio portfolio) {
        return !portfolio.publications().isEmpty();
    }

    @Override
    public void render(Portfolio portfolio, HtmlSectionContext context) {
        context.writer().tag("ul", "pf-entries");
        for (Publication publication : portfolio.publications()) {
            context.writer().tag("li", "pf-entry");
            Entries.title(context, publication.name(), publication.url());
            Entries.sourceAndDate(context, publication.publisher(), publication.releaseDate());
            Parts.paragraph(context, "pf-text", publication.summary());
            context.writer().end("li");
        }
        context.writer().end("ul");
    }
}
