package io.github.portfoliosdk.render.markdown.internal;

import io.github.portfoliosdk.model.DesignNote;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.render.markdown.MarkdownSectionContext;
import io.github.portfoliosdk.render.markdown.MarkdownSectionRenderer;

/** The featured system-design overview, always open. */
final class SystemDesignSection implements MarkdownSectionRenderer {

    static final SystemDesignSection INSTANCE = new SystemDesignSection();

    @Override
    public void render(Portfolio portfolio, MarkdownSectionContext context) {
        DesignNote note = portfolio.systemDesign();
        if (note == null) {
            return;
        }
        context.writer().heading(context.headingLevel(), context.title());
        context.writer().heading(context.headingLevel() + 1, note.title());
        if (Blocks.present(note.category())) {
            context.writer().startParagraph();
            context.writer().strong("Category:");
            context.writer().text(" ");
            context.writer().text(note.category());
            context.writer().end();
        }
        NoteBody.render(portfolio, note, context);
    }
}
