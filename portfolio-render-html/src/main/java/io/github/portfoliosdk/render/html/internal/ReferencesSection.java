package io.github.portfoliosdk.render.html.internal;

import static io.github.portfoliosdk.render.html.internal.Parts.present;

import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Reference;
import io.github.portfoliosdk.render.html.HtmlWriter;
import io.github.portfoliosdk.render.html.HtmlSectionContext;
import io.github.portfoliosdk.render.html.HtmlSectionRenderer;

/** References: each testimonial as a quotation with who gave it. */
final class ReferencesSection implements HtmlSectionRenderer {

    @Override
    public boolean hasContent(Portfolio portfolio) {
        for (Reference reference : portfolio.references()) {
            if (present(reference.reference()) || present(reference.name())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void render(Portfolio portfolio, HtmlSectionContext context) {
        HtmlWriter writer = context.writer();
        for (Reference reference : portfolio.references()) {
            if (present(reference.reference())) {
                writer.tag("figure", "pf-quote").tag("blockquote", "pf-quote-text");
                context.userElement("p", null, reference.reference());
                writer.end("blockquote");
                if (present(reference.name())) {
                    context.userElement("figcaption", "pf-quote-by", reference.name());
                }
                writer.end("figure");
            } else if (present(reference.name())) {
                context.userElement("p", "pf-quote-by", reference.name());
            }
        }
    }
}
