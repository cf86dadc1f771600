package io.github.portfoliosdk.render.html.internal;

import static io.github.portfoliosdk.render.html.internal.Parts.present;

import io.github.portfoliosdk.model.DesignNote;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.render.html.HtmlWriter;
import io.github.portfoliosdk.model.Label;
import io.github.portfoliosdk.render.html.HtmlSectionContext;
import io.github.portfoliosdk.render.html.HtmlSectionRenderer;

/** The design notes, each numbered, after the introduction. */
final class DesignNotesSection implements HtmlSectionRenderer {

    @Override
    public boolean hasContent(Portfolio portfolio) {
        return !portfolio.designNotes().isEmpty();
    }

    @Override
    public void render(Portfolio portfolio, HtmlSectionContext context) {
        HtmlWriter writer = context.writer();
        Parts.paragraph(context, "pf-text pf-intro", portfolio.designNotesIntro());
        for (int i = 0; i < portfolio.designNotes().size(); i++) {
            DesignNote note = portfolio.designNotes().get(i);
            writer.start("article").attr("class", "pf-note").attr("id", context.uniqueId("note", note.id(), i + 1));
            writer.tag("p", "pf-note-meta").element("span", "pf-note-num", context.label(Label.NOTE) + " " + PageWriter.number(i + 1));
            if (present(note.category())) {
                writer.text(" ");
                context.userElement("span", "pf-note-category", note.category());
            }
            writer.end("p");
            context.userElement(Parts.heading(context, 1), "pf-note-title", note.title());
            Parts.noteBody(context, portfolio, note);
            writer.end("article");
        }
    }
}
