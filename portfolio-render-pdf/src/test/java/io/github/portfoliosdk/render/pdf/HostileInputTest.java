package io.github.portfoliosdk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.model.LinkPolicy;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text field filled with markup, XML and CSS that would break an unescaped XHTML document, every URL as hostile
 * as the model lets through (it refuses {@code javascript:} and {@code data:}, and so does the renderer: see
 * {@code PdfRendererTest}): the PDF prints the text literally, links nothing the link policy refuses, and still passes
 * PDF/UA-1 and PDF/A-3b.
 */
class HostileInputTest {

    private static final String HOSTILE = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>'</style><!-- & &amp; "
            + "<![CDATA[ ]]> <?xml version=\"1.0\"?> <!DOCTYPE x [<!ENTITY e \"boom\">]> &e; {{7*7}} ${x} \u2028\u2029";

    static List<Object[]> cases() {
        return List.of(
                new Object[] {HOSTILE, "skype:alert(1)//"},
                new Object[] {"</bookmarks></head><body>", "sms:+1555?body=javascript:alert(1)//"},
                new Object[] {"@page { size: 1mm } </style><style>*{display:none}", "ftp://example.com/javascript:alert(1)//"},
                new Object[] {"\"onmouseover=\"alert(5)\" x=\"", "https://example.com/'onmouseover='alert(1)'&amp;//"});
    }

    @ParameterizedTest
    @MethodSource("cases")
    void hostileTextPrintsLiterallyAndHostileUrlsAreNotLinks(String hostile, String urlBase) throws IOException {
        Portfolio portfolio = SamplePortfolios.full(text -> hostile + text, urlBase);
        byte[] pdf = PdfRenderer.builder().sections(Section.defaultOrder())
                .clock(SamplePortfolios.CLOCK).build().toBytes(portfolio);

        // compared without white space: text extraction adds spaces where lines wrap
        String text = PdfDocuments.flatText(pdf).replaceAll("[\\s\u2028\u2029]", "");
        String literal = hostile.replaceAll("[\\s\u2028\u2029]", "");
        assertThat(text).contains(literal + "BackendEngineer", literal + "CivicServicesPlatform", literal + "Python");
        assertThat(PdfDocuments.linkTargets(pdf)).allMatch(LinkPolicy::isLink)
                .noneMatch(url -> url.toLowerCase(java.util.Locale.ROOT).contains("script"));
        assertThat(VeraPdf.failedRules(pdf)).isEmpty();
    }
}
