package io.github.portfoliosdk.render.markdown.internal;

import io.github.portfoliosdk.model.Certificate;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.render.markdown.MarkdownSectionContext;
import io.github.portfoliosdk.render.markdown.MarkdownSectionRenderer;
import io.github.portfoliosdk.render.markdown.MarkdownWriter;

/** Certificates: name (linked), issuer and date. */
final class CertificatesSection implements MarkdownSectionRenderer {

    static final CertificatesSection INSTANCE = new CertificatesSection();

    @Override
    public boolean hasContent(Portfolio portfolio) {
        return !portfolio.certificates().isEmpty();
    }

    @Override
    public void render(Portfolio portfolio, MarkdownSectionContext context) {
        MarkdownWriter w = context.writer();
        for (Certificate certificate : portfolio.certificates()) {
            w.startBulletItem();
            boolean named = Blocks.present(certificate.name());
            if (named) {
                w.link(certificate.name(), certificate.url());
            }
            Blocks.joined(w, Blocks.list(certificate.issuer(), Blocks.date(certificate.date(), context.locale())), named);
            w.end();
        }
        w.endList();
    }
}
