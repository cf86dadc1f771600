package io.github.portfoliosdk.render.docx.internal;

import static io.github.portfoliosdk.render.docx.internal.CvContext.DOT;
import static io.github.portfoliosdk.render.docx.internal.CvContext.present;

import io.github.portfoliosdk.model.Flow;
import io.github.portfoliosdk.model.Metric;
import io.github.portfoliosdk.model.Node;
import io.github.portfoliosdk.model.Stage;

import java.util.List;

/** Paragraphs several sections share: a meta line, labelled paragraphs and lists, bullets, metrics and flows. */
final class Blocks {

    private Blocks() {
    }

    /** A body paragraph of the text, when present. */
    static void paragraph(WordWriter w, String text) {
        if (present(text)) {
            w.paragraph().text(text);
        }
    }

    /** "Label: text" as a paragraph, when the text is present. */
    static void labelled(WordWriter w, String label, String text) {
        if (present(text)) {
            w.paragraph().label(label).fixed(" ").text(text);
        }
    }

    /** "Label: a, b, c" as a paragraph, when the list has items. */
    static void labelledList(WordWriter w, String label, List<String> items) {
        if (!items.isEmpty()) {
            joined(w.paragraph().label(label).fixed(" "), items, ", ");
        }
    }

    /** The items, separated, onto the line. */
    static WordWriter.Line joined(WordWriter.Line line, List<String> items, String separator) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                line.fixed(separator);
            }
            line.text(items.get(i));
        }
        return line;
    }

    /** A bulleted list of the items. */
    static void bullets(WordWriter w, List<String> items) {
        for (String item : items) {
            w.bullet().text(item);
        }
    }

    /**
     * A meta line of parts joined by " · ", those present: {@code fixed} (ours, a date) first, then user texts.
     */
    static void meta(WordWriter w, String fixed, String... texts) {
        boolean any = present(fixed);
        for (String text : texts) {
            any |= present(text);
        }
        if (!any) {
            return;
        }
        WordWriter.Line line = w.meta();
        boolean first = true;
        if (present(fixed)) {
            line.fixed(fixed);
            first = false;
        }
        for (String text : texts) {
            if (present(text)) {
                line.fixed(first ? "" : DOT).text(text);
                first = false;
            }
        }
    }

    /** Metrics as one line: "200K+ Users Served · 60% Manual Work Automated", the values in bold. */
    static void metrics(WordWriter w, List<Metric> metrics) {
        if (metrics.isEmpty()) {
            return;
        }
        WordWriter.Line line = w.paragraph();
        for (int i = 0; i < metrics.size(); i++) {
            Metric metric = metrics.get(i);
            line.fixed(i > 0 ? DOT : "").strong(metric.value());
            if (present(metric.label())) {
                line.fixed(" ").text(metric.label());
            }
        }
    }

    /** A flow as a line: "Title: Client → API → Redis + PostgreSQL", an edge label as "—MISS→". */
    static void flow(WordWriter w, Flow flow) {
        if (flow == null || flow.stages().isEmpty()) {
            return;
        }
        WordWriter.Line line = w.paragraph();
        if (present(flow.title())) {
            line.label(flow.title()).fixed(" ");
        }
        List<Stage> stages = flow.stages();
        for (int s = 0; s < stages.size(); s++) {
            Stage stage = stages.get(s);
            if (s > 0) {
                if (present(stage.edgeLabel())) {
                    line.fixed(" \u2014").text(stage.edgeLabel()).fixed("\u2192 ");
                } else {
                    line.fixed(" \u2192 ");
                }
            }
            List<Node> nodes = stage.nodes();
            for (int n = 0; n < nodes.size(); n++) {
                line.fixed(n > 0 ? " + " : "").text(nodes.get(n).name());
            }
        }
    }
}
