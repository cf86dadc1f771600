package io.github.portfoliosdk.render.markdown.internal;

import io.github.portfoliosdk.model.DesignNote;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Label;
import io.github.portfoliosdk.render.markdown.MarkdownSectionContext;
import io.github.portfoliosdk.render.markdown.MarkdownSectionRenderer;

/** The featured system-design overview, always open. */
final class SystemDesignSection implements MarkdownSectionRenderer {

    static final SystemDesignSection INSTANCE = new SystemDesignSection();

    @Override
    public boolean hasContent(Portfolio portfolio) {
        return portfolio.systemDesign() != null;
    }

    @Override
    public void render(Portfolio portfolio, MarkdownSectionContext context) {
        DesignNote note = portfolio.systemDesign();
        context.writer().heading(context.headingLevel() + 1, note.title());
        if (Blocks.present(note.category())) {
            context.writer().startParagraph();
            context.writer().strong(context.field(Label.CATEGORY));
            context.writer().text(" ");
            Blocks.userText(context, note.category());
            context.writer().end();
        }
        NoteBody.render(portfolio, note, context);
    }
}
