package io.github.portfoliosdk.render.html.internal;

import io.github.portfoliosdk.model.Award;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.render.html.HtmlSectionContext;
import io.github.portfoliosdk.render.html.HtmlSectionRenderer;

/** Awards: title, awarder, date and what it was for. */
final class AwardsSection implements HtmlSectionRenderer {

    @Override
    public boolean hasContent(Portfolio portfolio) {
        return !portfolio.awards().isEmpty();
    }

    @Override
    public void render(Portfolio portfolio, HtmlSectionContext context) {
        context.writer().tag("ul", "pf-entries");
        for (Award award : portfolio.awards()) {
            context.writer().tag("li", "pf-entry");
            Entries.title(context, award.title(), null);
            Entries.sourceAndDate(context, award.awarder(), award.date());
            Parts.paragraph(context, "pf-text", award.summary());
            context.writer().end("li");
        }
        context.writer().end("ul");
    }
}
