package io.github.portfoliosdk.render.markdown.internal;

import io.github.portfoliosdk.model.DesignNote;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.render.markdown.Flavor;
import io.github.portfoliosdk.model.Label;
import io.github.portfoliosdk.render.markdown.MarkdownSectionContext;
import io.github.portfoliosdk.render.markdown.MarkdownSectionRenderer;
import io.github.portfoliosdk.render.markdown.MarkdownWriter;

/** The design notes: each collapsed in {@code <details>} on GitHub, under its own heading in CommonMark. */
final class DesignNotesSection implements MarkdownSectionRenderer {

    static final DesignNotesSection INSTANCE = new DesignNotesSection();

    @Override
    public boolean hasContent(Portfolio portfolio) {
        return !portfolio.designNotes().isEmpty();
    }

    @Override
    public void render(Portfolio portfolio, MarkdownSectionContext context) {
        MarkdownWriter w = context.writer();
        w.paragraph(portfolio.designNotesIntro());
        for (DesignNote note : portfolio.designNotes()) {
            if (context.flavor() == Flavor.GITHUB) {
                w.startDetails(note.title(), note.category());
                NoteBody.render(portfolio, note, context);
                w.endDetails();
            } else {
                w.heading(context.headingLevel() + 1, note.title());
                if (Blocks.present(note.category())) {
                    w.startParagraph();
                    w.strong(context.field(Label.CATEGORY));
                    w.text(" ");
                    Blocks.userText(context, note.category());
                    w.end();
                }
                NoteBody.render(portfolio, note, context);
            }
        }
    }
}
