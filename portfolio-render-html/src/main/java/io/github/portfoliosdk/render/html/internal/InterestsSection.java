package io.github.portfoliosdk.render.html.internal;

import static io.github.portfoliosdk.render.html.internal.Parts.present;

import io.github.portfoliosdk.model.Interest;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.render.html.HtmlWriter;
import io.github.portfoliosdk.render.html.HtmlSectionContext;
import io.github.portfoliosdk.render.html.HtmlSectionRenderer;

/** Interests and their keywords. */
final class InterestsSection implements HtmlSectionRenderer {

    @Override
    public boolean hasContent(Portfolio portfolio) {
        return !portfolio.interests().isEmpty();
    }

    @Override
    public void render(Portfolio portfolio, HtmlSectionContext context) {
        HtmlWriter writer = context.writer();
        writer.tag("ul", "pf-entries pf-interests");
        for (Interest interest : portfolio.interests()) {
            writer.tag("li", "pf-entry");
            if (present(interest.name())) {
                context.userElement(Parts.heading(context, 1), "pf-entry-title", interest.name());
            }
            Parts.tags(context, "pf-tags", interest.keywords());
            writer.end("li");
        }
        writer.end("ul");
    }
}
