package io.github.portfoliosdk.render.html;

import io.github.portfoliosdk.model.Theme;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every text field filled with hostile strings and every URL as hostile as the model lets through (it refuses
 * {@code javascript:}, {@code data:}, quotes and angle brackets, and the renderer refuses an invalid portfolio: see
 * {@code HtmlRendererTest}): the output, parsed by a real HTML parser, has no script but the JSON-LD, no event
 * handler, no script URL, and reads back exactly as given.
 */
class HostileInputTest {

    private static final String HOSTILE = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>'</script><!-- & &amp; "
            + "</style><style>*{}</style>javascript:alert(3) \u2028\u2029 ]]> {{7*7}} ${x} ";

    static List<UnaryOperator<String>> hostileTexts() {
        return List.of(
                text -> HOSTILE + text,
                text -> text + "</script><script>alert(4)</script>",
                text -> "\"onmouseover=\"alert(5)\" x=\"" + text,
                text -> "</textarea></title></noscript><svg onload=alert(6)>" + text);
    }

    static List<String> hostileUrls() {
        return List.of("skype:alert(1)//'onmouseover='alert(2)'//", "ftp://example.com/javascript:alert(1)//",
                "sms:+1555?body=javascript:alert(1)//", "news:comp.lang.java&amp;'onclick='alert(1)'//",
                "https://example.com/'onmouseover='alert(1)'&amp;x=</script>".replace("</script>", "%3C/script%3E"));
    }

    static List<Object[]> cases() {
        List<Object[]> cases = new java.util.ArrayList<>();
        List<UnaryOperator<String>> texts = hostileTexts();
        List<String> urls = hostileUrls();
        for (int i = 0; i < Math.max(texts.size(), urls.size()); i++) {
            for (Theme theme : Theme.values()) {
                for (boolean fragment : new boolean[] {false, true}) {
                    cases.add(new Object[] {texts.get(i % texts.size()), urls.get(i % urls.size()), theme, fragment});
                }
            }
        }
        return cases;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void hostileTextAndUrlsCannotInjectMarkupScriptOrLinks(UnaryOperator<String> text, String urlBase, Theme theme, boolean fragment) {
        Portfolio hostile = SamplePortfolios.full(text, urlBase);
        HtmlRenderer renderer = HtmlRenderer.builder().theme(theme).fragment(fragment).clock(SamplePortfolios.CLOCK).build();
        String html = renderer.render(hostile);
        Document page = Jsoup.parse(html);

        assertThat(page.select("script").not("[type=application/ld+json]")).isEmpty();
        assertThat(page.select("script")).hasSize(fragment ? 0 : 1);
        assertThat(page.select("img, svg, iframe, object, embed, textarea, noscript, base, form, meta[http-equiv]")).isEmpty();
        assertThat(page.select("title")).hasSize(fragment ? 0 : 1);
        assertThat(page.select("style")).hasSize(fragment ? 0 : 1);
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as("attribute of <%s>", element.tagName()).doesNotStartWith("on");
                if (List.of("href", "src", "content", "action", "formaction").contains(attribute.getKey())) {
                    String value = attribute.getValue().strip().toLowerCase();
                    assertThat(value).as("%s of <%s>", attribute.getKey(), element.tagName())
                            .doesNotStartWith("javascript:").doesNotStartWith("data:").doesNotStartWith("vbscript:");
                }
                if (attribute.getKey().equals("href")) {
                    assertThat(attribute.getValue()).matches("(https?:|mailto:|tel:|#).*");
                }
            }
        }
        // the DOM is exactly the renderer's own: no element or attribute came from the text
        assertThat(page.select("[x], [onmouseover], [onerror], [onload]")).isEmpty();

        // texts read back exactly as given
        String name = text.apply("Vinayagam D");
        assertThat(page.select("h1").first().wholeText()).isEqualTo(name);
        assertThat(page.select(".pf-tagline").first().wholeText()).isEqualTo(text.apply("Building scalable systems and APIs."));
        if (!fragment) {
            assertThat(page.title()).isEqualTo(name + " — " + text.apply("Python Backend Engineer"));
            assertThat(page.select("meta[name=description]").attr("content")).isEqualTo(text.apply("Backend engineer from Chennai."));
            JsonNode person = JsonMapper.builder().build().readTree(page.select("script").first().data());
            assertThat(person.get("name").asString()).isEqualTo(name);
            assertThat(person.get("knowsAbout").get(0).asString()).isEqualTo(text.apply("Python"));
        }
        assertThat(allText(page)).contains(text.apply("Designing Webhook Processing Systems"), text.apply("Respond in under 5s."),
                text.apply("Ships reliable systems."), text.apply("Primary store"), text.apply("HIT"));
    }

    @ParameterizedTest
    @MethodSource("hostileUrls")
    void linksWithUnsafeUrlsBecomePlainText(String urlBase) {
        Portfolio hostile = SamplePortfolios.full(UnaryOperator.identity(), urlBase);
        Document page = Jsoup.parse(HtmlRenderer.builder().clock(SamplePortfolios.CLOCK).build().render(hostile));

        if (urlBase.startsWith("https:")) {
            assertThat(page.select("a[href^=https]").eachAttr("href")).allSatisfy(href -> assertThat(href).doesNotContain("\"", "<", ">"));
        } else {
            assertThat(page.select("a[href]").eachAttr("href")).allMatch(href -> href.startsWith("#") || href.startsWith("mailto:") || href.startsWith("tel:"));
            assertThat(page.select("link[rel=canonical], meta[property=og:url], meta[property=og:image]")).isEmpty();
            assertThat(page.select(".pf-role-org").first().text()).startsWith("Acme Private Limited");
        }
    }

    private static String allText(Document page) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof TextNode textNode) {
                text.append(textNode.getWholeText()).append('\n');
            }
        }, page);
        return text.toString();
    }
}
