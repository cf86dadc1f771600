package io.github.portfoliosdk.render.html.internal;

import io.github.portfoliosdk.model.DesignNote;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.render.html.SectionContext;
import io.github.portfoliosdk.render.html.SectionRenderer;

/** The featured system-design overview: title, paragraphs, flows, callouts and numbered points. */
final class SystemDesignSection implements SectionRenderer {

    @Override
    public boolean hasContent(Portfolio portfolio) {
        return portfolio.systemDesign() != null;
    }

    @Override
    public void render(Portfolio portfolio, SectionContext context) {
        RenderContext internal = DefaultSections.internal(context);
        DesignNote note = portfolio.systemDesign();
        context.writer().start("article").attr("class", "pf-note pf-overview")
                .attr("id", context.id(internal.anchor("design", note.id(), 0))).close();
        Parts.paragraph(context.writer(), "pf-note-category", note.category());
        context.writer().element("h3", "pf-note-title", note.title());
        Parts.noteBody(internal, portfolio, note);
        context.writer().end("article");
    }
}
