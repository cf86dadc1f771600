package io.github.portfoliosdk.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlWriterTest {

    private final StringBuilder out = new StringBuilder();
    private final HtmlWriter writer = new HtmlWriter(out);

    @Test
    void textEscapesMarkupButNotQuotes() {
        writer.text("a < b && c > \"d\" 'e'");
        assertThat(out).hasToString("a &lt; b &amp;&amp; c &gt; \"d\" 'e'");
    }

    @Test
    void textTurnsControlCharactersIntoReplacementCharacters() {
        writer.text("a\u0000b\u001bc\td\ne");
        assertThat(out).hasToString("a\uFFFDb\uFFFDc\td\ne");
    }

    @Test
    void attributesEscapeQuotesSoTheyCannotBeLeft() {
        writer.start("p").attr("title", "\"><img src=x onerror=alert(1)>").end("p");
        assertThat(out).hasToString("<p title=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\"></p>");
    }

    @Test
    void nullTextAndAttributesWriteNothing() {
        writer.start("p").attr("title", null).text(null).end("p");
        assertThat(out).hasToString("<p></p>");
    }

    @Test
    void aStartTagEndsWithTheNextCallThatIsNotAnAttributeSoItCannotBeLeftOpen() {
        writer.start("a").attr("href", "https://example.com/").text("x").end("a")
                .start("span").attr("class", "pf-a").start("b").end("b").end("span")
                .start("br").raw("\n");
        assertThat(out).hasToString("<a href=\"https://example.com/\">x</a><span class=\"pf-a\"><b></b></span><br>\n");
    }

    @Test
    void anAttributeOutsideAStartTagIsRefused() {
        writer.start("p").text("x");
        assertThatThrownBy(() -> writer.attr("title", "y"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("attribute title outside a start tag: open one with start(name)");
        assertThatThrownBy(() -> writer.urlAttr("href", "https://example.com/"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(out).hasToString("<p>x");
    }

    @Test
    void onlyHttpHttpsMailtoAndTelUrlsAreSafe() {
        assertThat(HtmlWriter.safeUrl("https://example.com/a?b=c&d")).contains("https://example.com/a?b=c&d");
        assertThat(HtmlWriter.safeUrl("HTTP://example.com")).contains("http://example.com");
        assertThat(HtmlWriter.safeUrl("mailto:a@example.com")).contains("mailto:a@example.com");
        assertThat(HtmlWriter.safeUrl("tel:+911234")).contains("tel:+911234");
        assertThat(HtmlWriter.safeUrl("javascript:alert(1)")).isEmpty();
        assertThat(HtmlWriter.safeUrl(" JaVaScRiPt:alert(1)")).isEmpty();
        assertThat(HtmlWriter.safeUrl("data:text/html,<script>")).isEmpty();
        assertThat(HtmlWriter.safeUrl("vbscript:x")).isEmpty();
        assertThat(HtmlWriter.safeUrl("/relative/path")).isEmpty();
        assertThat(HtmlWriter.safeUrl("https:no-slashes")).isEmpty();
        assertThat(HtmlWriter.safeUrl(null)).isEmpty();
    }

    @Test
    void aUrlIsALinkExactlyWhenTheLinkPolicySaysSo() {
        for (String url : java.util.List.of("https://example.com/", "HTTP://example.com", "https:///no-host", "https://", "http:no-slashes", "mailto:a@example.com",
                "mailto:", "tel:+911234", "TEL:123", "tel:", "javascript:alert(1)", " JaVaScRiPt:alert(1)", "data:text/html,x",
                "skype:someone", "ftp://example.com/", "/relative", "example.com", ":nothing", "")) {
            assertThat(HtmlWriter.safeUrl(url).isPresent()).as(url).isEqualTo(io.github.portfoliosdk.model.LinkPolicy.isLink(url));
        }
    }

    @Test
    void urlsHaveSpacesQuotesAndAngleBracketsPercentEncoded() {
        assertThat(HtmlWriter.safeUrl("https://example.com/a b\"<c>")).contains("https://example.com/a%20b%22%3Cc%3E");
    }

    @Test
    void linkWithUnsafeUrlIsPlainText() {
        writer.link("javascript:alert(1)", "pf-x", "click <me>");
        assertThat(out).hasToString("click &lt;me&gt;");
    }

    @Test
    void linkToTheWebOpensWithoutGivingTheTargetTheOpener() {
        writer.link("https://example.com", "pf-x", "Example");
        assertThat(out).hasToString("<a href=\"https://example.com\" class=\"pf-x\" rel=\"noopener\">Example</a>");
    }

    @Test
    void jsonStringsCannotCloseTheScriptElement() {
        writer.jsonString("</script><script>alert(1)</script> & \u2028\u2029 \"q\" \\ \n");
        assertThat(out).hasToString("\"\\u003C/script\\u003E\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E \\u0026 "
                + "\\u2028\\u2029 \\\"q\\\" \\\\ \\n\"");
    }

    @Test
    void cssCannotCloseTheStyleElement() {
        writer.css("a{color:red}</style><script>alert(1)</script>");
        assertThat(out.toString()).doesNotContain("<").contains("\\3C /style>");
    }

    @Test
    void jsonStringsEscapeEveryControlCharacterAndDelete() {
        writer.jsonString("\u0001\t\r\u001f\u007f\u0080é");
        assertThat(out).hasToString("\"\\u0001\\t\\r\\u001F\\u007F\u0080é\"");
    }

    @Test
    void textLongerThanAnyBufferIsEscapedWhole() {
        writer.text("a<".repeat(2000) + "東").start("p").attr("title", "\"&".repeat(2000)).end("p");
        assertThat(out).hasToString("a&lt;".repeat(2000) + "東<p title=\"" + "&quot;&amp;".repeat(2000) + "\"></p>");
    }

    @Test
    void eachCallHasReachedTheAppendableWhenItReturns() {
        List<String> seen = new ArrayList<>();
        StringBuilder kept = new StringBuilder();
        Appendable plain = new Appendable() {
            @Override
            public Appendable append(CharSequence csq) {
                kept.append(csq);
                return this;
            }

            @Override
            public Appendable append(CharSequence csq, int start, int end) {
                kept.append(csq, start, end);
                return this;
            }

            @Override
            public Appendable append(char c) {
                kept.append(c);
                return this;
            }
        };
        HtmlWriter html = new HtmlWriter(plain);
        html.start("p");
        seen.add(kept.toString());
        html.attr("title", "a\"b");
        seen.add(kept.toString());
        html.text("x & y");
        seen.add(kept.toString());
        html.raw("<br>".repeat(500)).element("b", "pf-b", "z");
        seen.add(kept.toString());
        assertThat(seen).containsExactly("<p", "<p title=\"a&quot;b\"", "<p title=\"a&quot;b\">x &amp; y",
                "<p title=\"a&quot;b\">x &amp; y" + "<br>".repeat(500) + "<b class=\"pf-b\">z</b>");
    }

    @Test
    void outputFailuresBecomeUncheckedIoExceptions() {
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
        assertThatThrownBy(() -> new HtmlWriter(broken).text("x"))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk full");
    }
}
