package io.github.portfoliosdk.render.markdown.internal;

import io.github.portfoliosdk.model.Flow;
import io.github.portfoliosdk.model.Metric;
import io.github.portfoliosdk.model.Node;
import io.github.portfoliosdk.model.PartialDate;
import io.github.portfoliosdk.model.Period;
import io.github.portfoliosdk.model.SkillLevel;
import io.github.portfoliosdk.model.Stage;
import io.github.portfoliosdk.render.markdown.Flavor;
import io.github.portfoliosdk.render.markdown.MarkdownSectionContext;
import io.github.portfoliosdk.render.markdown.MarkdownWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Pieces several sections share: metrics, flows, periods, joined lists and badges. */
final class Blocks {

    /** Between items on one line. */
    static final String DOT = " · ";

    /** The ids of the first flowchart nodes, "n1" to "n32", made once rather than per node. */
    private static final String[] NODE_IDS = new String[33];

    static {
        for (int i = 1; i < NODE_IDS.length; i++) {
            NODE_IDS[i] = "n" + i;
        }
    }

    private Blocks() {
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /** "Feb 2026 – present", "Oct 2023 – Oct 2025", "2024" or "until 2021"; null without a period. */
    static String period(Period period, MarkdownSectionContext context) {
        return context.labels().period(period);
    }

    static String date(PartialDate date, Locale locale) {
        return date == null ? null : date.format(locale);
    }

    /**
     * Writes "**label** value" when the value is present, after " · " unless it is the first fact of its line; a
     * value of the user's ({@code users}) as {@link MarkdownSectionContext#startUserText()} says.
     *
     * @return whether the next fact is still the first of the line
     */
    static boolean fact(MarkdownSectionContext context, boolean first, String label, String value, boolean users) {
        if (!present(value)) {
            return first;
        }
        MarkdownWriter w = context.writer();
        if (!first) {
            w.text(DOT);
        }
        w.strong(label);
        w.text(" ");
        if (users) {
            userText(context, value);
        } else {
            w.text(value);
        }
        return false;
    }

    /** The user's text after a label, isolated where its direction differs from the labels'. */
    static void userText(MarkdownSectionContext context, String text) {
        context.startUserText();
        context.writer().text(text);
        context.endUserText();
    }

    /** Writes the present texts separated by " · ", the first one after a separator when {@code leadingSeparator}. */
    static void joined(MarkdownWriter w, List<String> texts, boolean leadingSeparator) {
        boolean first = !leadingSeparator;
        for (String text : texts) {
            if (present(text)) {
                if (!first) {
                    w.text(DOT);
                }
                w.text(text);
                first = false;
            }
        }
    }

    static List<String> list(String... texts) {
        List<String> list = new ArrayList<>();
        for (String text : texts) {
            if (present(text)) {
                list.add(text);
            }
        }
        return list;
    }

    /** A labelled paragraph, "**Problem.** text"; nothing when the text is absent. */
    static void labelled(MarkdownSectionContext context, String label, String text) {
        if (!present(text)) {
            return;
        }
        MarkdownWriter w = context.writer();
        w.startParagraph();
        w.strong(label);
        w.text(" ");
        userText(context, text);
        w.end();
    }

    /** Headline figures: a centred table of values over labels (GitHub), or a list (CommonMark). */
    static void metrics(MarkdownSectionContext context, List<Metric> metrics) {
        if (metrics.isEmpty()) {
            return;
        }
        MarkdownWriter w = context.writer();
        if (context.flavor() == Flavor.GITHUB) {
            List<String> values = new ArrayList<>(metrics.size());
            List<String> labels = new ArrayList<>(metrics.size());
            for (Metric metric : metrics) {
                values.add(metric.value());
                labels.add(metric.label());
            }
            w.table(values, List.of(labels), true);
        } else {
            w.startParagraph();
            boolean first = true;
            for (Metric metric : metrics) {
                if (!first) {
                    w.text(DOT);
                }
                first = false;
                w.strong(metric.value());
                w.text(" ");
                w.text(metric.label());
            }
            w.end();
        }
    }

    /** A flow: a Mermaid flowchart, or "A → B —label→ C / D" text; {@code label} (ours, may be null) leads it. */
    static void flow(MarkdownSectionContext context, String label, Flow flow) {
        MarkdownWriter w = context.writer();
        if (present(label) || present(flow.title())) {
            w.startParagraph();
            if (present(label)) {
                w.strong(context.labels().field(label));
                if (present(flow.title())) {
                    w.text(" ");
                    userText(context, flow.title());
                }
            } else {
                w.strong(flow.title() + ":");
            }
            w.end();
        }
        if (context.mermaid()) {
            mermaid(w, flow);
        } else {
            arrows(w, flow);
        }
    }

    private static void mermaid(MarkdownWriter w, Flow flow) {
        w.startFlowchart("LR");
        int next = 1;
        String[] previous = new String[0];
        List<String[]> ids = new ArrayList<>(flow.stages().size());
        for (Stage stage : flow.stages()) {
            String[] current = new String[stage.nodes().size()];
            for (int i = 0; i < current.length; i++) {
                Node node = stage.nodes().get(i);
                current[i] = nodeId(next++);
                w.flowchartNode(current[i], node.name(), node.caption());
            }
            ids.add(current);
        }
        for (int s = 0; s < ids.size(); s++) {
            String[] current = ids.get(s);
            String label = flow.stages().get(s).edgeLabel();
            for (String from : previous) {
                for (String to : current) {
                    w.flowchartEdge(from, to, label);
                }
            }
            previous = current;
        }
        w.endFlowchart();
    }

    /** The id of the flowchart's {@code number}th node: "n1", "n2"… */
    private static String nodeId(int number) {
        return number < NODE_IDS.length ? NODE_IDS[number] : "n" + number;
    }

    private static void arrows(MarkdownWriter w, Flow flow) {
        w.startParagraph();
        boolean firstStage = true;
        for (Stage stage : flow.stages()) {
            if (!firstStage) {
                w.text(present(stage.edgeLabel()) ? " —" : " → ");
                if (present(stage.edgeLabel())) {
                    w.text(stage.edgeLabel());
                    w.text("→ ");
                }
            }
            firstStage = false;
            boolean firstNode = true;
            for (Node node : stage.nodes()) {
                if (!firstNode) {
                    w.text(" / ");
                }
                firstNode = false;
                w.text(node.name());
                if (present(node.caption())) {
                    w.text(" (");
                    w.text(node.caption());
                    w.text(")");
                }
            }
        }
        w.end();
    }

    /** A shields.io static badge: "name-level-colour", or "name-colour" without a level. */
    static String badgeUrl(String name, String level, SkillLevel rank) {
        StringBuilder url = new StringBuilder("https://img.shields.io/badge/");
        badgePart(url, name);
        if (present(level)) {
            url.append('-');
            badgePart(url, level);
        }
        url.append('-').append(colour(rank, present(level)));
        return url.toString();
    }

    private static String colour(SkillLevel level, boolean hasLevel) {
        if (level == null) {
            return hasLevel ? "6e7781" : "24292f";
        }
        return switch (level) {
            case EXPERT -> "2ea44f";
            case ADVANCED -> "1f6feb";
            case INTERMEDIATE -> "bf8700";
            case BEGINNER -> "6e7781";
        };
    }

    private static void badgePart(StringBuilder url, String text) {
        for (byte b : (text == null ? "" : text.strip()).getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c == '-') {
                url.append("--");
            } else if (c == '_') {
                url.append("__");
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '~') {
                url.append(c);
            } else {
                url.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
    }
}
