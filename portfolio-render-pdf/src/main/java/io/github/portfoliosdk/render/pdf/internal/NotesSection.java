package io.github.portfoliosdk.render.pdf.internal;

import static io.github.portfoliosdk.render.pdf.internal.CvContext.present;

import io.github.portfoliosdk.model.Callout;
import io.github.portfoliosdk.model.DesignNote;
import io.github.portfoliosdk.model.Point;
import io.github.portfoliosdk.model.Portfolio;

import java.util.List;

/** The featured system design, or the system-design notes: paragraphs, flows as lines, callouts and points. */
final class NotesSection implements CvSection {

    private final boolean featured;

    /** The featured {@code systemDesign} when {@code featured}, else the list of design notes. */
    NotesSection(boolean featured) {
        this.featured = featured;
    }

    @Override
    public void write(Portfolio portfolio, CvContext context) {
        XhtmlWriter w = context.writer();
        if (featured) {
            note(portfolio.systemDesign(), "systemDesign", w);
        } else {
            Blocks.paragraph(w, "summary", "designNotesIntro", portfolio.designNotesIntro());
            List<DesignNote> notes = portfolio.designNotes();
            for (int i = 0; i < notes.size(); i++) {
                note(notes.get(i), "designNotes[" + i + "]", w);
            }
        }
    }

    private static void note(DesignNote note, String path, XhtmlWriter w) {
        w.start("div", "class", "entry").start("div", "class", "keep");
        if (present(note.title())) {
            w.element("h3", path + ".title", note.title());
        }
        Blocks.meta(w, path + ".category", note.category());
        List<String> body = note.body();
        Blocks.paragraph(w, "summary", path + ".body[0]", body.isEmpty() ? null : body.get(0));
        w.end();
        for (int i = 1; i < body.size(); i++) {
            Blocks.paragraph(w, "body", path + ".body[" + i + "]", body.get(i));
        }
        for (int i = 0; i < note.flows().size(); i++) {
            Blocks.flow(w, path + ".flows[" + i + "]", note.flows().get(i));
        }
        for (int i = 0; i < note.callouts().size(); i++) {
            Callout callout = note.callouts().get(i);
            String at = path + ".callouts[" + i + "]";
            w.start("p", "class", "callout");
            if (present(callout.label())) {
                w.start("span", "class", "label").text(at + ".label", callout.label()).end().label(" ");
            }
            w.text(at + ".text", callout.text()).end();
        }
        if (!note.points().isEmpty()) {
            Blocks.paragraph(w, "points-title", path + ".pointsTitle", note.pointsTitle());
            w.start("ol");
            for (int i = 0; i < note.points().size(); i++) {
                Point point = note.points().get(i);
                String at = path + ".points[" + i + "]";
                w.start("li");
                if (present(point.title())) {
                    w.start("span", "class", "label").text(at + ".title", point.title()).end().label(" ");
                }
                w.text(at + ".text", point.text()).end();
            }
            w.end();
        }
        w.end();
    }
}
