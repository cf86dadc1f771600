package io.github.portfoliosdk.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.hardening.TextFields.TextField;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.render.html.HtmlRenderer;
import io.github.portfoliosdk.model.Theme;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTML renderer on every generated portfolio, as a page in each theme and as a fragment: it parses without
 * errors, runs no script (JSON-LD data only), has no event-handler attribute and no link but http(s), mailto and tel,
 * shows every text field's value as text, and gives the same bytes every time.
 */
@ExtendWith(NamesTheCase.class)
class HtmlRendererProperties {

    private static final List<HtmlRenderer> RENDERERS = List.of(
            HtmlRenderer.builder().theme(Theme.TERMINAL).clock(SamplePortfolios.CLOCK).build(),
            HtmlRenderer.builder().theme(Theme.CLASSIC).clock(SamplePortfolios.CLOCK).build(),
            HtmlRenderer.builder().fragment(true).clock(SamplePortfolios.CLOCK).build());

    /** Attributes whose value the browser loads or follows as a URL. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "poster",
            "srcset", "xlink:href", "cite", "background", "data", "manifest", "ping", "longdesc", "usemap", "codebase");
    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("iframe", "frame", "frameset", "object", "embed",
            "applet", "base", "form", "math", "template");

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.portfoliosdk.hardening.Generated#cases")
    void theHtmlIsWellFormedAndSafe(PortfolioCase example) {
        Portfolio portfolio = example.portfolio();
        for (HtmlRenderer renderer : RENDERERS) {
            String html = renderer.render(portfolio);
            Parser parser = Parser.htmlParser().setTrackErrors(20);
            Document document = renderer.fragment() ? parser.parseInput("<body>" + html, "") : parser.parseInput(html, "");

            assertThat(parser.getErrors()).as("parse errors, %s, %s", example, describe(renderer)).isEmpty();
            assertThat(unsafeParts(document)).as("unsafe parts, %s, %s", example, describe(renderer)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.portfoliosdk.hardening.Generated#cases")
    void everyTextFieldIsShownAsText(PortfolioCase example) {
        Portfolio portfolio = example.portfolio();
        Map<String, List<String>> missing = new TreeMap<>();
        for (HtmlRenderer renderer : RENDERERS) {
            Document document = renderer.fragment() ? Parser.parseBodyFragment(renderer.render(portfolio), "")
                    : Parser.parse(renderer.render(portfolio), "");
            String shown = Whitespace.collapse(visibleText(document.body()));
            Set<String> attributes = attributeValues(document);
            Set<String> notShown = renderer.fragment() ? ShownFields.HTML_FRAGMENT_NOT_SHOWN : ShownFields.HTML_NOT_SHOWN;
            for (TextField field : ShownFields.expected(portfolio, notShown)) {
                boolean found = ShownFields.isUrl(field) ? ShownFields.isLinked(field.value(), attributes)
                        : shown.contains(Whitespace.collapse(field.value()));
                if (!found) {
                    missing.computeIfAbsent(describe(renderer), r -> new ArrayList<>())
                            .add(field.path() + " = " + Differences.quote(field.value()));
                }
            }
        }
        assertThat(missing).as("fields not shown, %s", example).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.portfoliosdk.hardening.Generated#cases")
    void renderingTwiceGivesIdenticalBytes(PortfolioCase example) {
        for (HtmlRenderer renderer : RENDERERS) {
            assertThat(renderer.render(example.portfolio()))
                    .isEqualTo(renderer.render(example.portfolio()));
        }
    }

    /** Every script but JSON-LD data, every on* attribute, every URL of another scheme, every forbidden element. */
    static List<String> unsafeParts(Document document) {
        List<String> unsafe = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            String tag = element.normalName();
            if (tag.equals("script")) {
                if (!element.attr("type").equalsIgnoreCase("application/ld+json")) {
                    unsafe.add("script of type '" + element.attr("type") + "'");
                } else if (!isJson(element.data())) {
                    unsafe.add("JSON-LD that is not JSON: " + element.data());
                }
            }
            if (FORBIDDEN_ELEMENTS.contains(tag)) {
                unsafe.add("<" + tag + ">");
            }
            if (tag.equals("meta") && element.attr("http-equiv").equalsIgnoreCase("refresh")) {
                unsafe.add("meta refresh");
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    unsafe.add("event handler " + attribute);
                }
                if (URL_ATTRIBUTES.contains(name) && !isAllowedUrl(attribute.getValue())) {
                    unsafe.add("URL " + attribute);
                }
                if (name.equals("style") && attribute.getValue().toLowerCase(Locale.ROOT).matches(
                        "(?s).*(javascript:|expression\\(|url\\().*")) {
                    unsafe.add("style " + attribute);
                }
            }
        }
        return unsafe;
    }

    /** Whether a URL is relative, a fragment, or http(s), mailto or tel, the way a browser reads its scheme. */
    static boolean isAllowedUrl(String url) {
        String cleaned = url.replaceAll("[\\u0000-\\u0020\\u007F]", "").toLowerCase(Locale.ROOT);
        int colon = cleaned.indexOf(':');
        if (colon < 0) {
            return true;
        }
        String before = cleaned.substring(0, colon);
        if (before.contains("/") || before.contains("?") || before.contains("#")) {
            return true;
        }
        return SCHEMES.contains(before);
    }

    private static boolean isJson(String text) {
        try {
            JsonMapper.shared().readTree(text);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The text a reader sees: text nodes, with line breaks and block boundaries as spaces; no script or style. */
    static String visibleText(Element root) {
        StringBuilder text = new StringBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode && !inScriptOrStyle(textNode)) {
                    text.append(textNode.getWholeText());
                } else if (node instanceof Element element && (element.isBlock() || element.normalName().equals("br"))) {
                    text.append(' ');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    text.append(' ');
                }
            }
        });
        return text.toString();
    }

    private static boolean inScriptOrStyle(TextNode node) {
        Node parent = node.parent();
        return parent instanceof Element element
                && (element.normalName().equals("script") || element.normalName().equals("style"));
    }

    private static Set<String> attributeValues(Document document) {
        Set<String> values = new java.util.HashSet<>();
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                values.add(attribute.getValue());
            }
        }
        return values;
    }

    private static String describe(HtmlRenderer renderer) {
        return renderer.fragment() ? "fragment" : renderer.theme() + " page";
    }
}
