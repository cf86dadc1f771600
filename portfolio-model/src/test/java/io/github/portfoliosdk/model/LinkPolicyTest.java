package io.github.portfoliosdk.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkPolicyTest {

    @Test
    void webMailAndPhoneUrlsAreLinks() {
        assertThat(LinkPolicy.isLink("https://github.com/ada")).isTrue();
        assertThat(LinkPolicy.isLink("HTTP://example.com")).isTrue();
        assertThat(LinkPolicy.isLink(" mailto:ada@example.com ")).isTrue();
        assertThat(LinkPolicy.isLink("tel:+91-44-1234-5678")).isTrue();
    }

    @Test
    void everythingElseIsShownAsText() {
        assertThat(LinkPolicy.isLink("javascript:alert(1)")).isFalse();
        assertThat(LinkPolicy.isLink("JaVaScRiPt:alert(1)")).isFalse();
        assertThat(LinkPolicy.isLink("data:text/html,<b>x</b>")).isFalse();
        assertThat(LinkPolicy.isLink("skype:ada?call")).isFalse();
        assertThat(LinkPolicy.isLink("file:///etc/passwd")).isFalse();
        assertThat(LinkPolicy.isLink("www.example.com")).isFalse();
        assertThat(LinkPolicy.isLink("/relative/path")).isFalse();
        assertThat(LinkPolicy.isLink("https:///no-host")).isFalse();
        assertThat(LinkPolicy.isLink("https:")).isFalse();
        assertThat(LinkPolicy.isLink("mailto:")).isFalse();
        assertThat(LinkPolicy.isLink(null)).isFalse();
    }

    @Test
    void aPhoneNumberLinksToItsDigitsWithAPlusOnlyInFront() {
        assertThat(LinkPolicy.telUrl("+91 98765-43210")).isEqualTo("tel:+919876543210");
        assertThat(LinkPolicy.telUrl("(044) 1234 5678 ext. 9")).isEqualTo("tel:044123456789");
        assertThat(LinkPolicy.telUrl("0044+1234")).isEqualTo("tel:00441234");
        assertThat(LinkPolicy.telUrl("+")).isNull();
        assertThat(LinkPolicy.telUrl("ask me")).isNull();
        assertThat(LinkPolicy.telUrl(null)).isNull();
    }

    @Test
    void aUrlReadsAsLinkTextWithoutItsSchemeWwwAndTrailingSlash() {
        assertThat(LinkPolicy.linkText("https://www.x.com/_vinyjr/")).isEqualTo("x.com/_vinyjr");
        assertThat(LinkPolicy.linkText(" http://github.com/ada ")).isEqualTo("github.com/ada");
        assertThat(LinkPolicy.linkText("ada.dev")).isEqualTo("ada.dev");
        assertThat(LinkPolicy.linkText(null)).isEmpty();
    }
}
