package io.github.portfoliosdk.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads rendered Markdown back with commonmark-java (and GFM tables): every field's text comes back
 * literally, tables keep their cells, and hostile text adds no structure, no HTML and no links.
 */
class MarkdownRendererReadBackTest {

    /** Model texts that a README does not show: ids, tags, street address and document metadata. */
    private static final Set<String> NOT_SHOWN = Set.of("acme", "civic", "scalable-backend", "webhooks",
            "backend", "featured", "architecture", "web", "1 Main Road", "600001", "v1", "2026-11-01T10:00:00");

    /** Flow node names, captions and edge labels: inside Mermaid blocks in GitHub flavour, checked by Mermaid itself. */
    private static final Set<String> IN_DIAGRAMS = Set.of("Client", "Browser · Mobile", "API", "HIT", "Cache", "Database",
            "Primary store", "Queue", "Workers");

    /** What GitHub flavour writes as HTML itself; anything else would have come from user text. */
    private static final List<Pattern> OUR_HTML = List.of(
            Pattern.compile("<br>"),
            Pattern.compile("<details>\n<summary><strong>[^<>]*</strong>( · [^<>]*)?</summary>"),
            Pattern.compile("</details>"),
            Pattern.compile("<img src=\"https://[^\"<>]*\" alt=\"[^\"<>]*\" width=\"120\" align=\"right\">"),
            Pattern.compile("<picture>\n<source media=\"\\(prefers-color-scheme: dark\\)\" srcset=\"https://[^\"<>]*\">\n"
                    + "<img src=\"https://[^\"<>]*\" alt=\"[^\"<>]*\" width=\"120\" align=\"right\">\n</picture>"));

    private static final List<String> SINGLE_LINE_HOSTILE = List.of(
            "<script>alert(1)</script> ",
            "[x](javascript:alert(1)) ![i](https://evil.example/i.png) <https://evil.example/> [r]: https://evil.example/ ",
            "<img src=x onerror=alert(1)> &amp; &#60; &lt;b&gt; <!-- c --> ",
            "*a* __b__ `c` ~~d~~ $e$ \\* | x | \\",
            "- ",
            "1. ",
            "> ",
            "# ",
            "+ [ ] ",
            "   indented ",
            "#quot;\"]; click n1 call alert() %%{init: {}}%% ");

    private static final List<String> MULTI_LINE_HOSTILE = List.of(
            "a\n- item\n> quote\n# heading\n```\n    code\n===\n",
            "| a | b |\n|---|---|\n| c | d |\n",
            "<div>\n\n<script>alert(1)</script>\n\n</div>\n",
            "\n\n[ref]: https://evil.example/\n\n[ref]\n");

    static Stream<Arguments> singleLine() {
        return Stream.of(Flavor.values()).flatMap(flavor -> SINGLE_LINE_HOSTILE.stream().map(h -> Arguments.of(flavor, h)));
    }

    static Stream<Arguments> allHostile() {
        return Stream.of(Flavor.values()).flatMap(flavor -> Stream.concat(SINGLE_LINE_HOSTILE.stream(),
                MULTI_LINE_HOSTILE.stream()).map(h -> Arguments.of(flavor, h)));
    }

    private static String render(Flavor flavor, Portfolio portfolio) {
        return MarkdownRenderer.builder().flavor(flavor).clock(SamplePortfolios.CLOCK).build().render(portfolio);
    }

    private static List<String> shownTexts(Flavor flavor, List<String> seen) {
        return seen.stream().filter(text -> !NOT_SHOWN.contains(text))
                .filter(text -> flavor == Flavor.COMMONMARK || !IN_DIAGRAMS.contains(text))
                .distinct().toList();
    }

    @ParameterizedTest
    @EnumSource(Flavor.class)
    void everyFieldReadsBackLiterally(Flavor flavor) {
        List<String> seen = new ArrayList<>();
        Portfolio portfolio = SamplePortfolios.full(text -> {
            seen.add(text);
            return text;
        }, "https://example.com/");
        String all = ParsedMarkdown.parse(render(flavor, portfolio)).allText();
        assertThat(shownTexts(flavor, seen)).hasSizeGreaterThan(60)
                .allSatisfy(text -> assertThat(all).contains(text));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("singleLine")
    void hostileTextReadsBackLiterally(Flavor flavor, String hostile) {
        List<String> seen = new ArrayList<>();
        Portfolio portfolio = SamplePortfolios.full(text -> {
            seen.add(text);
            return hostile + text + hostile;
        }, "https://example.com/");
        String all = ParsedMarkdown.parse(render(flavor, portfolio)).allText();
        // strip(): the model itself trims the parts it joins (a location's "city, region, country")
        assertThat(shownTexts(flavor, seen)).allSatisfy(text -> assertThat(all).contains((hostile + text + hostile).strip()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("allHostile")
    void hostileTextAddsNoStructureNoHtmlAndNoLinks(Flavor flavor, String hostile) {
        ParsedMarkdown plain = ParsedMarkdown.parse(render(flavor, SamplePortfolios.full()));
        ParsedMarkdown attacked = ParsedMarkdown.parse(render(flavor,
                SamplePortfolios.full(text -> hostile + text + hostile, "https://example.com/")));
        assertThat(attacked.shape()).isEqualTo(plain.shape());
        assertThat(attacked.links()).isEqualTo(plain.links());
        assertThat(attacked.images()).isEqualTo(plain.images());
        assertThat(attacked.tables()).hasSameSizeAs(plain.tables());
        for (int i = 0; i < plain.tables().size(); i++) {
            assertThat(attacked.tables().get(i)).hasSameSizeAs(plain.tables().get(i));
            for (int row = 0; row < plain.tables().get(i).size(); row++) {
                assertThat(attacked.tables().get(i).get(row)).hasSameSizeAs(plain.tables().get(i).get(row));
            }
        }
        assertOnlyOurHtml(flavor, attacked);
    }

    @ParameterizedTest
    @EnumSource(Flavor.class)
    void onlyWebAndMailLinksAreWritten(Flavor flavor) {
        // a javascript: URL cannot get this far (the model refuses it, and so does the renderer); skype: is valid, not a link
        ParsedMarkdown parsed = ParsedMarkdown.parse(render(flavor,
                SamplePortfolios.full(text -> "[x](javascript:alert(1)) " + text, "skype:alert(1)//")));
        assertThat(parsed.links()).containsExactly("mailto:someone@example.com");
        assertThat(parsed.images()).isEmpty();
        assertOnlyOurHtml(flavor, parsed);
        assertThat(parsed.html()).noneMatch(html -> html.startsWith("<img"));
    }

    @ParameterizedTest
    @EnumSource(Flavor.class)
    void linksGoWhereTheModelSays(Flavor flavor) {
        ParsedMarkdown parsed = ParsedMarkdown.parse(render(flavor, SamplePortfolios.full()));
        assertThat(parsed.links()).containsExactly("https://example.com/acme", "https://example.com/civic",
                "https://example.com/civic/source", "https://example.com/anna", "https://example.com/food",
                "https://example.com/cert", "https://example.com/post", "https://example.com/talk",
                "mailto:someone@example.com",
                "https://example.com/home", "https://example.com/x", "https://example.com/portfolio");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleLine")
    void tablesKeepTheirRowsAndCells(Flavor flavor, String hostile) {
        if (flavor != Flavor.GITHUB) {
            return;
        }
        String h = hostile;
        ParsedMarkdown parsed = ParsedMarkdown.parse(render(flavor, SamplePortfolios.full(text -> h + text, "https://example.com/")));
        assertThat(parsed.tables()).contains(
                List.of(List.of(h + "8+"), List.of(h + "Apps Shipped")),
                List.of(List.of("Skill", "Level", "Keywords"),
                        List.of(h + "Python", "Expert", ""),
                        List.of(h + "Flask / FastAPI", h + "Master", h + "APIs")),
                List.of(List.of("Skill", "Level"), List.of(h + "Docker", "Advanced")),
                List.of(List.of(h + "99%+"), List.of(h + "Uptime SLA")));
    }

    private static void assertOnlyOurHtml(Flavor flavor, ParsedMarkdown parsed) {
        if (flavor == Flavor.COMMONMARK) {
            assertThat(parsed.html()).isEmpty();
            return;
        }
        assertThat(parsed.html()).allSatisfy(html ->
                assertThat(OUR_HTML).anySatisfy(pattern -> assertThat(html).matches(pattern)));
    }
}
