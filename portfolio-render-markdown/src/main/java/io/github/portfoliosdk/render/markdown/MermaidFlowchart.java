package io.github.portfoliosdk.render.markdown;

import java.util.List;

/**
 * Mermaid flowcharts in a {@code ```mermaid} code block, which {@link MarkdownWriter} writes: nodes with quoted,
 * escaped labels and arrows between them, under ids that can never be Mermaid keywords.
 */
final class MermaidFlowchart {

    private static final List<String> DIRECTIONS = List.of("LR", "RL", "TB", "TD", "BT");
    /** ASCII characters a quoted label holds as they are; every {@code char} beyond ASCII is also written as it is. */
    private static final boolean[] PLAIN = new boolean[128];

    static {
        for (char c = ' '; c < 0x7f; c++) {
            PLAIN[c] = "\"#;%`<>&|\\".indexOf(c) < 0;
        }
    }

    private final MarkdownWriter out;
    private boolean open;

    MermaidFlowchart(MarkdownWriter out) {
        this.out = out;
    }

    /** Whether a flowchart is open. */
    boolean isOpen() {
        return open;
    }

    /**
     * Starts a Mermaid flowchart in a {@code ```mermaid} code block.
     *
     * @param direction {@code LR}, {@code RL}, {@code TB}, {@code TD} or {@code BT}
     */
    void start(String direction) {
        if (!DIRECTIONS.contains(direction)) {
            throw new IllegalArgumentException("flowchart direction must be one of " + DIRECTIONS + ", not " + direction);
        }
        out.openBlock();
        out.writePrefix();
        out.write("```mermaid");
        out.newLine();
        out.writePrefix();
        out.write("flowchart ");
        out.write(direction);
        out.newLine();
        open = true;
    }

    /**
     * Writes a flowchart node with a quoted, escaped label: the name, and the caption on a second line.
     *
     * @param id the node's id, chosen by the caller, never user text: a few lower-case letters then digits ("n12")
     */
    void node(String id, String name, String caption) {
        requireFlowchart();
        checkDiagramId(id);
        out.writePrefix();
        out.write("  ");
        out.write(id);
        out.write("[\"");
        label(name);
        if (caption != null && !caption.isBlank()) {
            out.write("<br>");
            label(caption);
        }
        out.write("\"]");
        out.newLine();
    }

    /** Writes an arrow between two nodes written before, with an optional quoted, escaped label. */
    void edge(String fromId, String toId, String label) {
        requireFlowchart();
        checkDiagramId(fromId);
        checkDiagramId(toId);
        out.writePrefix();
        out.write("  ");
        out.write(fromId);
        out.write(" -->");
        if (label != null && !label.isBlank()) {
            out.write("|\"");
            label(label);
            out.write("\"|");
        }
        out.write(' ');
        out.write(toId);
        out.newLine();
    }

    /** Ends the flowchart's code block. */
    void end() {
        requireFlowchart();
        out.writePrefix();
        out.write("```");
        out.newLine();
        open = false;
        out.blankLineNext();
    }

    /** Mermaid label escaping: the label is always quoted, so only what could end it or be read as syntax is encoded. */
    private void label(String s) {
        if (s == null) {
            return;
        }
        int i = 0;
        while (i < s.length()) {
            int run = i;
            while (run < s.length() && isPlain(s.charAt(run))) {
                run++;
            }
            if (run > i) {
                out.write(s, i, run);
                i = run;
                continue;
            }
            char c = s.charAt(i++);
            switch (c) {
                case '"' -> out.write("#quot;");
                case '#' -> out.write("#35;");
                case ';' -> out.write("#59;");
                case '%' -> out.write("#37;");
                case '`' -> out.write("#96;");
                case '<' -> out.write("#lt;");
                case '>' -> out.write("#gt;");
                case '&' -> out.write("#amp;");
                case '|' -> out.write("#124;");
                case '\\' -> out.write("#92;");
                case '\n' -> out.write("<br>");
                case '\r' -> {
                    if (i >= s.length() || s.charAt(i) != '\n') {
                        out.write("<br>");
                    }
                }
                case '\t' -> out.write(' ');
                default -> out.write(c < 0x20 || c == 0x7f ? '\uFFFD' : c);
            }
        }
    }

    private static boolean isPlain(char c) {
        return c >= 128 || PLAIN[c];
    }

    private void requireFlowchart() {
        if (!open) {
            throw new IllegalStateException("start a flowchart first");
        }
    }

    private static void checkDiagramId(String id) {
        if (!isDiagramId(id)) {
            throw new IllegalArgumentException("a diagram id is a few lower-case letters then digits, like n12, not '" + id + "'");
        }
    }

    /** A few lower-case letters then digits: never a Mermaid keyword such as {@code end} or {@code click}. */
    private static boolean isDiagramId(String id) {
        if (id == null || id.length() > 14) {
            return false;
        }
        int i = 0;
        while (i < id.length() && id.charAt(i) >= 'a' && id.charAt(i) <= 'z') {
            i++;
        }
        int letters = i;
        while (i < id.length() && id.charAt(i) >= '0' && id.charAt(i) <= '9') {
            i++;
        }
        return letters >= 1 && letters <= 8 && i > letters && i - letters <= 6 && i == id.length();
    }
}
