package io.github.portfoliosdk.render.html.internal;

import io.github.portfoliosdk.model.FocusItem;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.render.html.HtmlWriter;
import io.github.portfoliosdk.render.html.HtmlSectionContext;
import io.github.portfoliosdk.render.html.HtmlSectionRenderer;

/** What the person is focused on now. */
final class FocusSection implements HtmlSectionRenderer {

    @Override
    public boolean hasContent(Portfolio portfolio) {
        return !portfolio.person().focus().isEmpty();
    }

    @Override
    public void render(Portfolio portfolio, HtmlSectionContext context) {
        HtmlWriter writer = context.writer();
        writer.tag("ul", "pf-focus");
        for (FocusItem item : portfolio.person().focus()) {
            writer.tag("li", "pf-focus-item");
            context.userElement(Parts.heading(context, 1), "pf-focus-title", item.title());
            Parts.paragraph(context, "pf-text", item.text());
            writer.end("li");
        }
        writer.end("ul");
    }
}
