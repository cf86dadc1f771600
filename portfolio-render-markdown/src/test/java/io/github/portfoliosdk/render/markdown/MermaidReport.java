package io.github.portfoliosdk.render.markdown;

import java.util.ArrayList;
import java.util.List;

/** The output of {@code checkers/markdown-mermaid.mjs}: each Mermaid block as Mermaid's own parser read it. */
record MermaidReport(List<Block> blocks) {

    /** One block: whether it parsed, the parser's error, its nodes ("id label") and edges ("from to label"). */
    record Block(String file, boolean ok, String error, List<String> nodes, List<String> edges, List<String> classes) {
    }

    static MermaidReport parse(String output) {
        List<Block> blocks = new ArrayList<>();
        String file = null;
        boolean ok = false;
        String error = null;
        List<String> nodes = null;
        List<String> edges = null;
        List<String> classes = null;
        for (String line : output.split("\n")) {
            if (line.startsWith("block ")) {
                if (file != null) {
                    blocks.add(new Block(file, ok, error, nodes, edges, classes));
                }
                String[] parts = line.split(" ", 4);
                ok = parts[2].equals("ok");
                file = parts[3];
                error = null;
                nodes = new ArrayList<>();
                edges = new ArrayList<>();
                classes = new ArrayList<>();
            } else if (line.startsWith("error ")) {
                error = unquote(line.substring("error ".length()));
            } else if (line.startsWith("node ")) {
                String[] parts = line.split(" ", 3);
                nodes.add(parts[1] + " " + unquote(parts[2]));
            } else if (line.startsWith("edge ")) {
                String[] parts = line.split(" ", 4);
                edges.add(parts[1] + " " + parts[2] + " " + unquote(parts[3]));
            } else if (line.startsWith("class ")) {
                classes.add(line.substring("class ".length()));
            }
        }
        if (file != null) {
            blocks.add(new Block(file, ok, error, nodes, edges, classes));
        }
        return new MermaidReport(blocks);
    }

    /** Reads a JSON string literal. */
    private static String unquote(String json) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i < json.length() - 1; i++) {
            char c = json.charAt(i);
            if (c != '\\') {
                text.append(c);
                continue;
            }
            char escaped = json.charAt(++i);
            switch (escaped) {
                case 'n' -> text.append('\n');
                case 't' -> text.append('\t');
                case 'r' -> text.append('\r');
                case 'b' -> text.append('\b');
                case 'f' -> text.append('\f');
                case 'u' -> {
                    text.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> text.append(escaped);
            }
        }
        return text.toString();
    }
}
