package io.github.portfoliosdk.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class MarkdownWriterTest {

    private static String github(Consumer<MarkdownWriter> writing) {
        return write(Flavor.GITHUB, writing);
    }

    private static String write(Flavor flavor, Consumer<MarkdownWriter> writing) {
        StringBuilder out = new StringBuilder();
        MarkdownWriter writer = new MarkdownWriter(out, flavor);
        writing.accept(writer);
        writer.finish();
        return out.toString();
    }

    private static String paragraph(String text) {
        return github(w -> w.paragraph(text));
    }

    @Test
    void inlineMarkdownPunctuationIsEscaped() {
        assertThat(paragraph("*a* _b_ `c` [d](e) <f> g|h ~~i~~ $j$ &amp; #k \\l"))
                .isEqualTo("\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> g\\|h \\~\\~i\\~\\~ \\$j\\$ \\&amp; \\#k \\\\l\n");
    }

    @Test
    void plainTextIsLeftReadable() {
        assertThat(paragraph("Django REST Framework, 200K+ users (99.9%) — Chennai · India!"))
                .isEqualTo("Django REST Framework, 200K+ users (99.9%) — Chennai · India!\n");
    }

    @Test
    void blockStartersAtTheStartOfALineAreEscaped() {
        assertThat(paragraph("- item")).isEqualTo("\\- item\n");
        assertThat(paragraph("+ item")).isEqualTo("\\+ item\n");
        assertThat(paragraph("12. item")).isEqualTo("12\\. item\n");
        assertThat(paragraph("3) item")).isEqualTo("3\\) item\n");
        assertThat(paragraph("> quote")).isEqualTo("\\> quote\n");
        assertThat(paragraph("=== setext")).isEqualTo("\\=== setext\n");
        assertThat(paragraph("    code")).isEqualTo("&#32;   code\n");
        assertThat(paragraph("200K+ users")).isEqualTo("200K+ users\n");
    }

    @Test
    void lineBreaksBecomeHardBreaksAndTheNextLineIsEscapedToo() {
        assertThat(paragraph("one\n- two\n\n# three")).isEqualTo("one\\\n\\- two\\\n\\\n\\# three\n");
    }

    @Test
    void leadingAndTrailingLineBreaksAreDropped() {
        assertThat(paragraph("\n\r\nmiddle\n\n")).isEqualTo("middle\n");
    }

    @Test
    void spacesAtTheEdgesOfALineAreKept() {
        assertThat(paragraph(" a  \nb ")).isEqualTo("&#32;a &#32;\\\nb&#32;\n");
    }

    @Test
    void tabsAndControlCharactersCannotChangeTheLayout() {
        assertThat(paragraph("a\tb\u0000c\u001bd")).isEqualTo("a&#9;b\uFFFDc\uFFFDd\n");
    }

    @Test
    void listItemLinesStayInsideTheItem() {
        assertThat(github(w -> {
            w.bulletItem("first\n- not an item");
            w.bulletItem("second");
        })).isEqualTo("- first\\\n  \\- not an item\n- second\n");
    }

    @Test
    void orderedItemsAreNumberedAsAsked() {
        assertThat(github(w -> {
            w.startOrderedItem(1);
            w.strong("Request flow");
            w.text(" — Nginx first.");
            w.end();
            w.startOrderedItem(2);
            w.text("Caching");
            w.end();
        })).isEqualTo("1. **Request flow** — Nginx first.\n2. Caching\n");
    }

    @Test
    void twoListsInARowAreRefusedBecauseMarkdownWouldJoinThem() {
        assertThatThrownBy(() -> github(w -> {
            w.bulletItem("a");
            w.endList();
            w.bulletItem("b");
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("would join");
    }

    @Test
    void blocksAreSeparatedByOneBlankLine() {
        assertThat(github(w -> {
            w.heading(2, "About");
            w.paragraph("One.");
            w.paragraph("Two.");
        })).isEqualTo("## About\n\nOne.\n\nTwo.\n");
    }

    @Test
    void headingsKeepTheirTextOnOneLineAndTheirHashesLiteral() {
        assertThat(github(w -> w.heading(3, "C# and F#\nnotes #"))).isEqualTo("### C\\# and F\\# notes \\#\n");
    }

    @Test
    void headingLevelsAreOneToSix() {
        assertThatThrownBy(() -> github(w -> w.heading(7, "x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> github(w -> w.heading(0, "x"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void strongKeepsEdgeSpacesSoTheEmphasisStillCloses() {
        assertThat(github(w -> {
            w.startParagraph();
            w.strong(" bold ");
            w.end();
        })).isEqualTo("**&#32;bold&#32;**\n");
    }

    @Test
    void quotesPrefixEveryLineIncludingBlankOnes() {
        assertThat(github(w -> {
            w.startQuote();
            w.paragraph("one\ntwo");
            w.paragraph("three");
            w.endQuote();
        })).isEqualTo("> one\\\n> two\n>\n> three\n");
    }

    @Test
    void alertsAreGitHubAlertsOrPlainQuotes() {
        Consumer<MarkdownWriter> alert = w -> {
            w.startAlert(MarkdownWriter.Alert.NOTE);
            w.paragraph("Careful.");
            w.endQuote();
        };
        assertThat(write(Flavor.GITHUB, alert)).isEqualTo("> [!NOTE]\n> Careful.\n");
        assertThat(write(Flavor.COMMONMARK, alert)).isEqualTo("> Careful.\n");
    }

    @Test
    void tableCellsEscapePipesAndTurnLineBreaksIntoBr() {
        assertThat(github(w -> w.table(List.of("a|b", "c"), List.of(List.of("x\ny", "")), false)))
                .isEqualTo("| a\\|b | c |\n| --- | --- |\n| x<br>y | |\n");
        assertThat(write(Flavor.COMMONMARK, w -> w.table(List.of("v"), List.of(List.of("x\ny")), true)))
                .isEqualTo("| v |\n| :-: |\n| x y |\n");
    }

    @Test
    void tableRowsMustMatchTheHeader() {
        assertThatThrownBy(() -> github(w -> w.table(List.of("a", "b"), List.of(List.of("x")), false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 cells, the header 2");
    }

    @Test
    void linksAreWrittenOnlyForWebAndMailAddresses() {
        String out = github(w -> {
            w.startParagraph();
            w.link("site", "https://example.com/a b(c)");
            w.text(" ");
            w.link("mail", "mailto:a@example.com");
            w.text(" ");
            w.link("bad", "javascript:alert(1)");
            w.text(" ");
            w.link("data", "data:text/html,<script>");
            w.text(" ");
            w.link("relative", "/etc/passwd");
            w.text(" ");
            w.link("no host", "https:evil");
            w.end();
        });
        assertThat(out).isEqualTo("[site](https://example.com/a%20b%28c%29) [mail](mailto:a@example.com) bad data relative no host\n");
    }

    @Test
    void aUrlIsALinkExactlyWhenTheLinkPolicySaysSo() {
        for (String url : List.of("https://example.com/", "HTTP://example.com", "https:///no-host", "https://", "http:no-slashes", "mailto:a@example.com",
                "mailto:", "tel:+911234", "TEL:123", "tel:", "javascript:alert(1)", " JaVaScRiPt:alert(1)", "data:text/html,x",
                "skype:someone", "ftp://example.com/", "/relative", "example.com", ":nothing", "")) {
            String out = github(w -> w.startParagraph().link("label", url).end());
            assertThat(out.startsWith("[label](")).as(url).isEqualTo(io.github.portfoliosdk.model.LinkPolicy.isLink(url));
        }
        assertThat(github(w -> w.startParagraph().link("call", "tel:+91 1234").end())).isEqualTo("[call](tel:+91%201234)\n");
    }

    @Test
    void linkDestinationsCannotSmuggleEntities() {
        assertThat(github(w -> {
            w.startParagraph();
            w.link("q", "https://example.com/?a=1&lt;b=2");
            w.end();
        })).isEqualTo("[q](https://example.com/?a=1\\&lt;b=2)\n");
    }

    @Test
    void imagesNeedAWebAddress() {
        assertThat(github(w -> {
            w.startParagraph();
            w.image("Python: Expert", "https://img.shields.io/badge/Python-Expert-2ea44f");
            w.image("mail", "mailto:a@example.com");
            w.end();
        })).isEqualTo("![Python: Expert](https://img.shields.io/badge/Python-Expert-2ea44f)\n");
    }

    @Test
    void detailsEscapeTheirSummaryAsHtml() {
        assertThat(github(w -> {
            w.startDetails("<b>Webhooks</b> & \"queues\"", "EVENT-DRIVEN\n\nSYSTEMS");
            w.paragraph("Body.");
            w.endDetails();
        })).isEqualTo("<details>\n<summary><strong>&lt;b&gt;Webhooks&lt;/b&gt; &amp; &quot;queues&quot;</strong>"
                + " · EVENT-DRIVEN  SYSTEMS</summary>\n\nBody.\n\n</details>\n");
    }

    @Test
    void commonMarkFlavourRefusesHtml() {
        assertThatThrownBy(() -> write(Flavor.COMMONMARK, w -> w.startDetails("x", null)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("COMMONMARK");
        assertThatThrownBy(() -> write(Flavor.COMMONMARK, w -> w.floatingImage("https://example.com/a.png", "a", 100)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void floatingImagesEscapeTheirAttributes() {
        assertThat(github(w -> w.floatingImage("https://example.com/me.png?a=1&b=\"2\"", "Ada \"The\" <Countess>", 120)))
                .isEqualTo("<img src=\"https://example.com/me.png?a=1&amp;b=%222%22\" alt=\"Ada &quot;The&quot; &lt;Countess&gt;\""
                        + " width=\"120\" align=\"right\">\n");
        assertThat(github(w -> w.floatingImage("javascript:alert(1)", "x", 120))).isEmpty();
    }

    @Test
    void picturesSwitchImagesWithGitHubsTheme() {
        assertThat(github(w -> w.picture("https://example.com/light.svg", "https://example.com/dark.svg", "Stats \"& more\"", 400)))
                .isEqualTo("<picture>\n<source media=\"(prefers-color-scheme: dark)\" srcset=\"https://example.com/dark.svg\">\n"
                        + "<img src=\"https://example.com/light.svg\" alt=\"Stats &quot;&amp; more&quot;\" width=\"400\">\n</picture>\n");
        assertThat(github(w -> w.picture("https://example.com/light.svg", "javascript:alert(1)", "x", 400))).isEmpty();
        assertThatThrownBy(() -> write(Flavor.COMMONMARK, w -> w.picture("https://a.example/l", "https://a.example/d", "x", 1)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void floatingPicturesFloatTheirImageToTheRightAndWriteOnlyWebUrls() {
        assertThat(github(w -> w.floatingPicture("https://example.com/me.png?a=1&b=2", "https://example.com/me-dark.png?a=\"1\"",
                "Ada <Countess>", 120))).isEqualTo("""
                <picture>
                <source media="(prefers-color-scheme: dark)" srcset="https://example.com/me-dark.png?a=%221%22">
                <img src="https://example.com/me.png?a=1&amp;b=2" alt="Ada &lt;Countess&gt;" width="120" align="right">
                </picture>
                """);
        assertThat(github(w -> w.floatingPicture("https://example.com/me.png", "javascript:alert(1)", "x", 120))).isEmpty();
        assertThat(github(w -> w.floatingPicture("data:image/png;base64,AAAA", "https://example.com/d.png", "x", 120))).isEmpty();
        assertThatThrownBy(() -> write(Flavor.COMMONMARK, w -> w.floatingPicture("https://a.example/l", "https://a.example/d", "x", 1)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void mermaidLabelsAreQuotedAndCannotBreakOut() {
        assertThat(github(w -> {
            w.startFlowchart("LR");
            w.flowchartNode("n1", "A\"] --> evil[\"x", "%%{init: {}}%%; click n1 `js`");
            w.flowchartNode("n2", "<b>#1</b> | &", null);
            w.flowchartEdge("n1", "n2", "HIT\nMISS");
            w.endFlowchart();
        })).isEqualTo("```mermaid\nflowchart LR\n"
                + "  n1[\"A#quot;] --#gt; evil[#quot;x<br>#37;#37;{init: {}}#37;#37;#59; click n1 #96;js#96;\"]\n"
                + "  n2[\"#lt;b#gt;#35;1#lt;/b#gt; #124; #amp;\"]\n"
                + "  n1 -->|\"HIT<br>MISS\"| n2\n"
                + "```\n");
    }

    @Test
    void diagramIdsAreNeverUserText() {
        assertThatThrownBy(() -> github(w -> {
            w.startFlowchart("LR");
            w.flowchartNode("end", "x", null);
        })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("diagram id");
        assertThatThrownBy(() -> github(w -> w.startFlowchart("LR;click"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void codeBlockFencesOutgrowTheContent() {
        assertThat(github(w -> w.codeBlock("text", "a ```` b"))).isEqualTo("`````text\na ```` b\n`````\n");
    }

    @Test
    void inlineCallsNeedAnOpenBlock() {
        assertThatThrownBy(() -> github(w -> w.text("x"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> github(w -> {
            w.startParagraph();
            w.heading(2, "x");
        })).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> github(w -> w.startQuote())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("block quote was not ended");
    }

    @Test
    void eachLineReachesTheAppendableWhenItEnds() {
        StringBuilder out = new StringBuilder();
        MarkdownWriter writer = new MarkdownWriter(out, Flavor.GITHUB);
        writer.startParagraph();
        writer.text("one ");
        writer.strong("two");
        assertThat(out).isEmpty();
        writer.end();
        assertThat(out).hasToString("one **two**\n");
        writer.bulletItem("three");
        assertThat(out).hasToString("one **two**\n\n- three\n");
    }

    @Test
    void longRunsOfPunctuationAreEscapedOneByOne() {
        assertThat(paragraph("*".repeat(100_000))).isEqualTo("\\*".repeat(100_000) + "\n");
        assertThat(paragraph("a ".repeat(50_000) + "*")).isEqualTo("a ".repeat(50_000) + "\\*\n");
    }

    @Test
    void outputFailuresAreReportedUnchecked() {
        Appendable broken = new Appendable() {
            @Override
            public Appendable append(CharSequence csq) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public Appendable append(CharSequence csq, int start, int end) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public Appendable append(char c) throws IOException {
                throw new IOException("disk full");
            }
        };
        MarkdownWriter writer = new MarkdownWriter(broken, Flavor.GITHUB);
        assertThatThrownBy(() -> writer.paragraph("x")).isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk full");
    }

    @Test
    void anIsolatedRunIsASpanWithItsDirectionOnGithubAndUnicodeIsolatesInCommonMark() {
        Consumer<MarkdownWriter> writing = w -> w.startParagraph().strong("الحالة:").text(" ")
                .startIsolate(false, "en").text("Open to work.").endIsolate().end();
        assertThat(github(writing)).isEqualTo("**الحالة:** <span dir=\"ltr\" lang=\"en\">Open to work.</span>\n");
        assertThat(write(Flavor.COMMONMARK, writing)).isEqualTo("**الحالة:** \u2066Open to work.\u2069\n");
        assertThatThrownBy(() -> github(w -> w.startParagraph().startIsolate(true, "ar\"><script>")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
