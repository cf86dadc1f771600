package io.github.portfoliosdk.render.html.internal;

import io.github.portfoliosdk.model.Certificate;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.render.html.SectionContext;
import io.github.portfoliosdk.render.html.SectionRenderer;

/** Certificates: name (linked to where it can be verified), issuer and date. */
final class CertificatesSection implements SectionRenderer {

    @Override
    public boolean hasContent(Portfolio portfolio) {
        return !portfolio.certificates().isEmpty();
    }

    @Override
    public void render(Portfolio portfolio, SectionContext context) {
        RenderContext internal = DefaultSections.internal(context);
        context.writer().tag("ul", "pf-entries");
        for (Certificate certificate : portfolio.certificates()) {
            context.writer().tag("li", "pf-entry");
            Entries.title(context.writer(), certificate.name(), certificate.url());
            Entries.sourceAndDate(internal, certificate.issuer(), certificate.date());
            context.writer().end("li");
        }
        context.writer().end("ul");
    }
}
