package io.github.portfoliosdk.render.html.internal;

import io.github.portfoliosdk.model.Certificate;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.render.html.HtmlSectionContext;
import io.github.portfoliosdk.render.html.HtmlSectionRenderer;

/** Certificates: name (linked to where it can be verified), issuer and date. */
final class CertificatesSection implements HtmlSectionRenderer {

    @Override
    public boolean hasContent(Portfolio portfolio) {
        return !portfolio.certificates().isEmpty();
    }

    @Override
    public void render(Portfolio portfolio, HtmlSectionContext context) {
        context.writer().tag("ul", "pf-entries");
        for (Certificate certificate : portfolio.certificates()) {
            context.writer().tag("li", "pf-entry");
            Entries.title(context, certificate.name(), certificate.url());
            Entries.sourceAndDate(context, certificate.issuer(), certificate.date());
            context.writer().end("li");
        }
        context.writer().end("ul");
    }
}
