package io.github.portfoliosdk.render.html.internal;

import io.github.portfoliosdk.model.CustomEntry;
import io.github.portfoliosdk.model.CustomSection;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.render.html.HtmlSectionContext;
import io.github.portfoliosdk.render.html.HtmlSectionRenderer;
import io.github.portfoliosdk.render.html.HtmlWriter;

/**
 * The entries of a section of the user's own ({@link Portfolio#customSection(String)}), with the classes the list
 * sections use: title (a link when the URL is safe; the URL itself without a title), subtitle and date, summary,
 * highlights.
 */
final class CustomEntriesSection implements HtmlSectionRenderer {

    private final String id;

    CustomEntriesSection(String id) {
        this.id = id;
    }

    @Override
    public boolean hasContent(Portfolio portfolio) {
        return portfolio.customSection(id).map(section -> !section.entries().isEmpty()).orElse(false);
    }

    @Override
    public void render(Portfolio portfolio, HtmlSectionContext context) {
        CustomSection section = portfolio.customSection(id).orElseThrow();
        HtmlWriter writer = context.writer();
        writer.tag("ul", "pf-entries");
        for (CustomEntry entry : section.entries()) {
            writer.tag("li", "pf-entry");
            Entries.title(context, Parts.present(entry.title()) ? entry.title() : entry.url(), entry.url());
            Entries.sourceAndDate(context, entry.subtitle(), entry.date());
            Parts.paragraph(context, "pf-text", entry.summary());
            Parts.highlights(context, entry.highlights());
            writer.end("li");
        }
        writer.end("ul");
    }
}
