package io.github.portfoliosdk.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.hardening.TextFields.TextField;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.render.markdown.Flavor;
import io.github.portfoliosdk.render.markdown.MarkdownRenderer;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Markdown renderer on every generated portfolio, parsed back with commonmark-java (and GFM tables): every text
 * field reads back literally (no user text turned into markup), links are only http(s), mailto and tel, raw HTML is
 * only the renderer's own and safe, Mermaid diagrams cannot be broken out of, and the bytes are the same every time.
 */
@ExtendWith(NamesTheCase.class)
class MarkdownRendererProperties {

    private static final MarkdownRenderer GITHUB = MarkdownRenderer.builder().flavor(Flavor.GITHUB).mermaid(false)
            .clock(SamplePortfolios.CLOCK).build();
    private static final MarkdownRenderer COMMONMARK = MarkdownRenderer.builder().flavor(Flavor.COMMONMARK)
            .clock(SamplePortfolios.CLOCK).build();
    /** Mermaid diagrams and shields.io badges (which show skills as images, without their keywords). */
    private static final MarkdownRenderer GITHUB_MERMAID = MarkdownRenderer.builder().flavor(Flavor.GITHUB)
            .mermaid(true).badges(true).clock(SamplePortfolios.CLOCK).build();
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    /** Mermaid statements that user text must never start a line of inside a diagram. */
    private static final List<String> MERMAID_DIRECTIVES = List.of("click", "%%{", "style", "classdef", "class ",
            "linkstyle", "call", "href", "callback", "subgraph", "end", "graph", "flowchart");

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.portfoliosdk.hardening.Generated#cases")
    void everyTextFieldReadsBackLiterally(PortfolioCase example) {
        Portfolio portfolio = example.portfolio();
        Map<String, List<String>> missing = new TreeMap<>();
        for (MarkdownRenderer renderer : List.of(GITHUB, COMMONMARK)) {
            String markdown = renderer.render(portfolio);
            String text = Whitespace.collapse(readBack(PARSER.parse(markdown)));
            Set<String> destinations = destinations(PARSER.parse(markdown));
            Set<String> notShown = renderer == GITHUB ? ShownFields.MARKDOWN_NOT_SHOWN : ShownFields.COMMONMARK_NOT_SHOWN;
            for (TextField field : ShownFields.expected(portfolio, notShown)) {
                boolean found = ShownFields.isUrl(field) ? ShownFields.isLinked(field.value(), destinations)
                        : text.contains(Whitespace.collapse(field.value()));
                if (!found) {
                    missing.computeIfAbsent(renderer == GITHUB ? "GitHub" : "CommonMark", r -> new ArrayList<>())
                            .add(field.path() + " = " + Differences.quote(field.value()));
                }
            }
        }
        assertThat(missing).as("fields not read back, %s", example).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.portfoliosdk.hardening.Generated#cases")
    void linksHtmlAndDiagramsAreSafe(PortfolioCase example) {
        Portfolio portfolio = example.portfolio();
        for (MarkdownRenderer renderer : List.of(GITHUB, COMMONMARK, GITHUB_MERMAID)) {
            Node document = PARSER.parse(renderer.render(portfolio));
            List<String> unsafe = new ArrayList<>();
            document.accept(new AbstractVisitor() {
                @Override
                public void visit(Link link) {
                    checkUrl(link.getDestination());
                    visitChildren(link);
                }

                @Override
                public void visit(Image image) {
                    checkUrl(image.getDestination());
                    visitChildren(image);
                }

                @Override
                public void visit(HtmlInline html) {
                    checkHtml(html.getLiteral());
                }

                @Override
                public void visit(HtmlBlock html) {
                    checkHtml(html.getLiteral());
                }

                @Override
                public void visit(FencedCodeBlock code) {
                    if ("mermaid".equals(code.getInfo())) {
                        checkMermaid(code.getLiteral());
                    }
                }

                private void checkUrl(String url) {
                    if (!HtmlRendererProperties.isAllowedUrl(url)) {
                        unsafe.add("link to " + url);
                    }
                }

                private void checkHtml(String html) {
                    if (renderer == COMMONMARK) {
                        unsafe.add("HTML in portable CommonMark: " + html);
                    }
                    Document parsed = Jsoup.parseBodyFragment(html);
                    HtmlRendererProperties.unsafeParts(parsed).forEach(part -> unsafe.add(part + " in " + html));
                }

                private void checkMermaid(String diagram) {
                    List<String> lines = diagram.lines().map(String::strip).toList();
                    for (String line : lines.subList(1, lines.size())) {
                        String lower = line.toLowerCase(Locale.ROOT);
                        if (MERMAID_DIRECTIVES.stream().anyMatch(lower::startsWith)) {
                            unsafe.add("Mermaid line from user text? " + line);
                        }
                    }
                }
            });
            assertThat(unsafe).as("%s, %s", example, renderer == COMMONMARK ? "CommonMark" : "GitHub").isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.portfoliosdk.hardening.Generated#cases")
    void renderingTwiceGivesIdenticalBytes(PortfolioCase example) {
        for (MarkdownRenderer renderer : List.of(GITHUB, COMMONMARK, GITHUB_MERMAID)) {
            assertThat(renderer.render(example.portfolio()))
                    .isEqualTo(renderer.render(example.portfolio()));
        }
    }

    /**
     * The text a reader of the rendered Markdown sees: text and code literals, line breaks and block ends as spaces,
     * the text of the renderer's own HTML; not code blocks (diagrams) nor link targets.
     */
    static String readBack(Node document) {
        StringBuilder text = new StringBuilder();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(HtmlInline node) {
                text.append(' ').append(HtmlRendererProperties.visibleText(Jsoup.parseBodyFragment(node.getLiteral())
                        .body())).append(' ');
            }

            @Override
            public void visit(HtmlBlock node) {
                text.append(' ').append(HtmlRendererProperties.visibleText(Jsoup.parseBodyFragment(node.getLiteral())
                        .body())).append(' ');
            }

            @Override
            public void visit(FencedCodeBlock node) {
                text.append(' ');
            }

            @Override
            public void visit(IndentedCodeBlock node) {
                text.append(' ').append(node.getLiteral()).append(' ');
            }

            @Override
            protected void visitChildren(Node parent) {
                super.visitChildren(parent);
                if (parent instanceof Block) {
                    text.append(' ');
                }
            }
        });
        return text.toString();
    }

    static Set<String> destinations(Node document) {
        Set<String> urls = new java.util.HashSet<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                urls.add(link.getDestination());
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                urls.add(image.getDestination());
                visitChildren(image);
            }

            @Override
            public void visit(HtmlInline html) {
                Jsoup.parseBodyFragment(html.getLiteral()).getAllElements()
                        .forEach(element -> element.attributes().forEach(a -> urls.add(a.getValue())));
            }

            @Override
            public void visit(HtmlBlock html) {
                Jsoup.parseBodyFragment(html.getLiteral()).getAllElements()
                        .forEach(element -> element.attributes().forEach(a -> urls.add(a.getValue())));
            }
        });
        return urls;
    }
}
