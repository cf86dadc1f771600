package io.github.portfoliosdk.render.markdown.internal;

import static io.github.portfoliosdk.render.markdown.internal.Blocks.present;

import io.github.portfoliosdk.model.Callout;
import io.github.portfoliosdk.model.DesignNote;
import io.github.portfoliosdk.model.Flow;
import io.github.portfoliosdk.model.Point;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Project;
import io.github.portfoliosdk.model.UsedIn;
import io.github.portfoliosdk.model.Label;
import io.github.portfoliosdk.render.markdown.MarkdownSectionContext;
import io.github.portfoliosdk.render.markdown.MarkdownWriter;

/** The body of a design note, shared by the system-design overview and the design notes. */
final class NoteBody {

    private NoteBody() {
    }

    static void render(Portfolio portfolio, DesignNote note, MarkdownSectionContext context) {
        MarkdownWriter w = context.writer();
        for (String paragraph : note.body()) {
            w.paragraph(paragraph);
        }
        for (Flow flow : note.flows()) {
            context.flow(flow);
        }
        if (!note.callouts().isEmpty()) {
            w.startAlert(MarkdownWriter.Alert.NOTE);
            for (Callout callout : note.callouts()) {
                w.startParagraph();
                w.strong(callout.label());
                w.text(" — ");
                w.text(callout.text());
                w.end();
            }
            w.endQuote();
        }
        if (!note.points().isEmpty()) {
            if (present(note.pointsTitle())) {
                w.startParagraph();
                w.strong(note.pointsTitle() + ":");
                w.end();
            }
            int number = 1;
            for (Point point : note.points()) {
                w.startOrderedItem(number++);
                w.strong(point.title());
                if (present(point.text())) {
                    w.text(" — ");
                    w.text(point.text());
                }
                w.end();
            }
            w.endList();
        }
        if (!note.usedIn().isEmpty()) {
            w.startParagraph();
            w.strong(context.field(Label.USED_IN));
            w.text(" ");
            context.startUserText();
            boolean first = true;
            for (UsedIn use : note.usedIn()) {
                if (!first) {
                    w.text(Blocks.DOT);
                }
                first = false;
                w.text(present(use.label()) ? use.label() : projectName(portfolio, use.project()));
                if (present(use.detail())) {
                    w.text(" (");
                    w.text(use.detail());
                    w.text(")");
                }
            }
            context.endUserText();
            w.end();
        }
    }

    private static String projectName(Portfolio portfolio, String id) {
        for (Project project : portfolio.projects()) {
            if (id != null && id.equals(project.id())) {
                return present(project.name()) ? project.name() : id;
            }
        }
        return id;
    }
}
