package io.github.portfoliosdk.render.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/** Rendered Markdown read back with commonmark-java and its GFM tables extension, as the tests inspect it. */
final class ParsedMarkdown {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final Pattern SUMMARY = Pattern.compile("<summary><strong>([^<>]*)</strong>(?: · ([^<>]*))?</summary>");

    final Node document;

    private ParsedMarkdown(Node document) {
        this.document = document;
    }

    static ParsedMarkdown parse(String markdown) {
        return new ParsedMarkdown(PARSER.parse(markdown));
    }

    /** The text of every heading, paragraph and table cell, line breaks as "\n", plus each details summary. */
    List<String> texts() {
        List<String> texts = new ArrayList<>();
        walk(document, node -> {
            if (node instanceof Heading || node instanceof Paragraph || node instanceof TableCell) {
                texts.add(inlineText(node));
                return false;
            }
            if (node instanceof HtmlBlock html) {
                Matcher summary = SUMMARY.matcher(html.getLiteral());
                if (summary.find()) {
                    texts.add(unescapeHtml(summary.group(1)));
                    if (summary.group(2) != null) {
                        texts.add(unescapeHtml(summary.group(2)));
                    }
                }
            }
            return true;
        });
        return texts;
    }

    /** All texts joined by a separator no field contains. */
    String allText() {
        return String.join("\u0000", texts());
    }

    List<String> headings(int level) {
        List<String> headings = new ArrayList<>();
        walk(document, node -> {
            if (node instanceof Heading heading && heading.getLevel() == level) {
                headings.add(inlineText(heading));
            }
            return true;
        });
        return headings;
    }

    /** Destinations of every link. */
    List<String> links() {
        List<String> links = new ArrayList<>();
        walk(document, node -> {
            if (node instanceof Link link) {
                links.add(link.getDestination());
            }
            return true;
        });
        return links;
    }

    /** Destinations of every image. */
    List<String> images() {
        List<String> images = new ArrayList<>();
        walk(document, node -> {
            if (node instanceof Image image) {
                images.add(image.getDestination());
            }
            return true;
        });
        return images;
    }

    /** Literals of every HTML block and inline HTML node. */
    List<String> html() {
        List<String> html = new ArrayList<>();
        walk(document, node -> {
            if (node instanceof HtmlBlock block) {
                html.add(block.getLiteral());
            } else if (node instanceof HtmlInline inline) {
                html.add(inline.getLiteral());
            }
            return true;
        });
        return html;
    }

    /** The literal of every fenced code block with this info string. */
    List<String> codeBlocks(String info) {
        List<String> blocks = new ArrayList<>();
        walk(document, node -> {
            if (node instanceof FencedCodeBlock code && info.equals(code.getInfo())) {
                blocks.add(code.getLiteral());
            }
            return true;
        });
        return blocks;
    }

    /** Every table as rows of cell texts, header row first. */
    List<List<List<String>>> tables() {
        List<List<List<String>>> tables = new ArrayList<>();
        walk(document, node -> {
            if (node instanceof TableBlock table) {
                List<List<String>> rows = new ArrayList<>();
                walk(table, inner -> {
                    if (inner instanceof TableRow row) {
                        List<String> cells = new ArrayList<>();
                        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                            cells.add(inlineText(cell));
                        }
                        rows.add(cells);
                        return false;
                    }
                    return true;
                });
                tables.add(rows);
                return false;
            }
            return true;
        });
        return tables;
    }

    /**
     * The document's structure: one entry per node that is not plain text or a line break (nor a
     * {@code <br>}), naming its type and depth; equal for two renderings whose texts differ but whose shape does not.
     */
    List<String> shape() {
        List<String> shape = new ArrayList<>();
        shape(document, 0, shape);
        return shape;
    }

    private static void shape(Node node, int depth, List<String> shape) {
        boolean lineBreak = node instanceof SoftLineBreak || node instanceof HardLineBreak
                || (node instanceof HtmlInline html && html.getLiteral().equals("<br>"));
        if (!(node instanceof Text) && !lineBreak) {
            String extra = node instanceof Heading heading ? "h" + heading.getLevel() : "";
            shape.add("  ".repeat(depth) + node.getClass().getSimpleName() + extra);
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            shape(child, depth + 1, shape);
        }
    }

    static String inlineText(Node node) {
        StringBuilder text = new StringBuilder();
        inlineText(node, text);
        return text.toString();
    }

    private static void inlineText(Node node, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                text.append(t.getLiteral());
            } else if (child instanceof Code code) {
                text.append(code.getLiteral());
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                text.append('\n');
            } else if (child instanceof HtmlInline html && html.getLiteral().equals("<br>")) {
                text.append('\n');
            } else if (child instanceof HtmlInline html) {
                text.append(html.getLiteral());
            } else {
                inlineText(child, text);
            }
        }
    }

    static String unescapeHtml(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private interface Visitor {
        /** Whether to visit the node's children. */
        boolean visit(Node node);
    }

    private static void walk(Node node, Visitor visitor) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (visitor.visit(child)) {
                walk(child, visitor);
            }
        }
    }
}
