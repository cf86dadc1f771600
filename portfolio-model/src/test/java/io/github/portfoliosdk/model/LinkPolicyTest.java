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
}
