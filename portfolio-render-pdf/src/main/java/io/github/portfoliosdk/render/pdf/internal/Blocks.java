package io.github.portfoliosdk.render.pdf.internal;

import static io.github.portfoliosdk.render.pdf.internal.CvContext.DOT;
import static io.github.portfoliosdk.render.pdf.internal.CvContext.present;

import io.github.portfoliosdk.model.Flow;
import io.github.portfoliosdk.model.Metric;
import io.github.portfoliosdk.model.Node;
import io.github.portfoliosdk.model.Stage;

import java.util.ArrayList;
import java.util.List;

/** Pieces several sections share: a meta line, joined lists, labelled paragraphs, metrics and flows. */
final class Blocks {

    private Blocks() {
    }

    /** A paragraph of class {@code cls} with the text at {@code path}, when present. */
    static void paragraph(XhtmlWriter w, String cls, String path, String text) {
        if (present(text)) {
            w.start("p", "class", cls).text(path, text).end();
        }
    }

    /** "<b>Label</b> text" as a paragraph, when the text is present. */
    static void labelled(XhtmlWriter w, String label, String path, String text) {
        if (present(text)) {
            w.start("p").start("span", "class", "label").label(label).end().label(" ").text(path, text).end();
        }
    }

    /** "<b>Label</b> a, b, c" as a paragraph, when the list has items. */
    static void labelledList(XhtmlWriter w, String label, String path, List<String> items) {
        if (!items.isEmpty()) {
            w.start("p").start("span", "class", "label").label(label).end().label(" ");
            joined(w, path, items, ", ");
            w.end();
        }
    }

    /** The items of the list at {@code path}, separated. */
    static void joined(XhtmlWriter w, String path, List<String> items, String separator) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                w.label(separator);
            }
            w.text(path + "[" + i + "]", items.get(i));
        }
    }

    /** A bulleted list of the items at {@code path}. */
    static void bullets(XhtmlWriter w, String path, List<String> items) {
        bullets(w, path, items, 0, items.size());
    }

    /** A bulleted list of the items {@code from} (inclusive) to {@code to} (exclusive) of the list at {@code path}. */
    static void bullets(XhtmlWriter w, String path, List<String> items, int from, int to) {
        if (from >= Math.min(to, items.size())) {
            return;
        }
        w.start("ul");
        for (int i = from; i < Math.min(to, items.size()); i++) {
            w.element("li", path + "[" + i + "]", items.get(i));
        }
        w.end();
    }

    /**
     * A line of (our) fixed parts and user parts; parts that are null are left out. On a right-to-left page the
     * user parts that are all left to right ("Chennai, India") come first: PDFBox and Tika read a line from its
     * glyphs' positions and take its direction from the first letter from the left, so a Latin place drawn at the
     * line's left end, after an Arabic or Hebrew date, turns the line around and takes the date's year with it
     * ("يوليو Chennai, India · 2023"). Written first, at the right end, the line reads back as it was written.
     */
    static void meta(XhtmlWriter w, String... pathsAndTexts) {
        List<String[]> parts = new ArrayList<>();
        List<String[]> against = new ArrayList<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            String path = pathsAndTexts[i];
            String text = pathsAndTexts[i + 1];
            if (present(text)) {
                boolean first = w.rightToLeft() && path != null && w.runsAgainstPage(text);
                (first ? against : parts).add(new String[] {path, text});
            }
        }
        parts.addAll(0, against);
        if (parts.isEmpty()) {
            return;
        }
        w.start("p", "class", "meta");
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                w.label(DOT);
            }
            String[] part = parts.get(i);
            if (part[0] == null) {
                w.label(part[1]);
            } else {
                w.text(part[0], part[1]);
            }
        }
        w.end();
    }

    /** Metrics as one line: "200K+ Users Served · 60% Manual Work Automated". */
    static void metrics(XhtmlWriter w, String path, List<Metric> metrics) {
        if (metrics.isEmpty()) {
            return;
        }
        w.start("p", "class", "metrics");
        for (int i = 0; i < metrics.size(); i++) {
            Metric metric = metrics.get(i);
            if (i > 0) {
                w.label(DOT);
            }
            String at = path + "[" + i + "]";
            w.start("strong").text(at + ".value", metric.value()).end();
            if (present(metric.label())) {
                w.label(" ").text(at + ".label", metric.label());
            }
        }
        w.end();
    }

    /** A flow as a line: "Title: Client → API → Redis + PostgreSQL", an edge label as "—MISS→". */
    static void flow(XhtmlWriter w, String path, Flow flow) {
        if (flow == null || flow.stages().isEmpty()) {
            return;
        }
        w.start("p", "class", "flow");
        if (present(flow.title())) {
            w.start("span", "class", "label").text(path + ".title", flow.title()).end().label(" ");
        }
        List<Stage> stages = flow.stages();
        for (int s = 0; s < stages.size(); s++) {
            Stage stage = stages.get(s);
            String at = path + ".stages[" + s + "]";
            if (s > 0) {
                if (present(stage.edgeLabel())) {
                    w.label(" —").text(at + ".edgeLabel", stage.edgeLabel()).label("→ ");
                } else {
                    w.label(" → ");
                }
            }
            List<Node> nodes = stage.nodes();
            for (int n = 0; n < nodes.size(); n++) {
                if (n > 0) {
                    w.label(" + ");
                }
                w.text(at + ".nodes[" + n + "].name", nodes.get(n).name());
            }
        }
        w.end();
    }
}
