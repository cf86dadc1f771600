package io.github.portfoliosdk.render.html.internal;

import static io.github.portfoliosdk.render.html.internal.Parts.present;

import io.github.portfoliosdk.model.Language;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.render.html.HtmlWriter;
import io.github.portfoliosdk.render.html.HtmlSectionContext;
import io.github.portfoliosdk.render.html.HtmlSectionRenderer;

/** Spoken languages and fluency. */
final class LanguagesSection implements HtmlSectionRenderer {

    @Override
    public boolean hasContent(Portfolio portfolio) {
        for (Language language : portfolio.languages()) {
            if (present(language.language())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void render(Portfolio portfolio, HtmlSectionContext context) {
        HtmlWriter writer = context.writer();
        writer.tag("dl", "pf-pairs");
        for (Language language : portfolio.languages()) {
            if (present(language.language())) {
                writer.tag("div", "pf-pair");
                context.userElement("dt", "pf-pair-term", language.language());
                if (present(language.fluency())) {
                    context.userElement("dd", "pf-pair-value", language.fluency());
                } else {
                    writer.element("dd", "pf-pair-value", "—");
                }
                writer.end("div");
            }
        }
        writer.end("dl");
    }
}
