package io.github.portfoliosdk.render.html.internal;

import io.github.portfoliosdk.model.DesignNote;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.render.html.HtmlSectionContext;
import io.github.portfoliosdk.render.html.HtmlSectionRenderer;

/** The featured system-design overview: title, paragraphs, flows, callouts and numbered points. */
final class SystemDesignSection implements HtmlSectionRenderer {

    @Override
    public boolean hasContent(Portfolio portfolio) {
        return portfolio.systemDesign() != null;
    }

    @Override
    public void render(Portfolio portfolio, HtmlSectionContext context) {
        DesignNote note = portfolio.systemDesign();
        context.writer().start("article").attr("class", "pf-note pf-overview")
                .attr("id", context.uniqueId("design", note.id(), 0));
        Parts.paragraph(context, "pf-note-category", note.category());
        context.userElement(Parts.heading(context, 1), "pf-note-title", note.title());
        Parts.noteBody(context, portfolio, note);
        context.writer().end("article");
    }
}
