package io.github.portfoliosdk.render.markdown.internal;

import static io.github.portfoliosdk.render.markdown.internal.Blocks.present;

import io.github.portfoliosdk.model.CustomEntry;
import io.github.portfoliosdk.model.CustomSection;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.render.markdown.MarkdownSectionContext;
import io.github.portfoliosdk.render.markdown.MarkdownSectionRenderer;
import io.github.portfoliosdk.render.markdown.MarkdownWriter;

/**
 * The entries of a section of the user's own ({@link Portfolio#customSection(String)}): a bullet each
 * ("[Title](url) · subtitle · date — summary"), or, when an entry has highlights, a heading each with the
 * highlights as bullets under it, as work history reads. Without a title, the URL is the link's text.
 */
final class CustomEntriesSection implements MarkdownSectionRenderer {

    private final String id;

    CustomEntriesSection(String id) {
        this.id = id;
    }

    @Override
    public boolean hasContent(Portfolio portfolio) {
        return portfolio.customSection(id).map(section -> !section.entries().isEmpty()).orElse(false);
    }

    @Override
    public void render(Portfolio portfolio, MarkdownSectionContext context) {
        CustomSection section = portfolio.customSection(id).orElseThrow();
        boolean headed = section.entries().stream().anyMatch(entry -> !entry.highlights().isEmpty());
        MarkdownWriter w = context.writer();
        boolean endedWithList = false;
        for (CustomEntry entry : section.entries()) {
            if (headed) {
                endedWithList = headed(entry, context, w, endedWithList);
            } else {
                w.startBulletItem();
                line(entry, context, w);
                w.end();
            }
        }
        if (!headed) {
            w.endList();
        }
    }

    /**
     * Writes one entry under its own heading; returns whether it ended with a list. An entry with nothing but
     * highlights after one that ended with a list is set apart by a thematic break, so that the lists stay two.
     */
    private static boolean headed(CustomEntry entry, MarkdownSectionContext context, MarkdownWriter w,
            boolean afterList) {
        boolean titled = present(entry.title()) || present(entry.url());
        boolean meta = present(entry.subtitle()) || entry.date() != null;
        if (afterList && !titled && !meta && !present(entry.summary()) && !entry.highlights().isEmpty()) {
            w.thematicBreak();
        }
        if (titled) {
            w.startHeading(context.headingLevel() + 1);
            w.link(entry.title(), entry.url());
            w.end();
        }
        if (meta) {
            w.startParagraph();
            Blocks.joined(w, Blocks.list(entry.subtitle(), Blocks.date(entry.date(), context.locale())), false);
            w.end();
        }
        w.paragraph(entry.summary());
        for (String highlight : entry.highlights()) {
            w.bulletItem(highlight);
        }
        w.endList();
        return !entry.highlights().isEmpty();
    }

    /** "[Title](url) · subtitle · date — summary", each part when present. */
    private static void line(CustomEntry entry, MarkdownSectionContext context, MarkdownWriter w) {
        boolean titled = present(entry.title()) || present(entry.url());
        if (titled) {
            w.link(entry.title(), entry.url());
        }
        Blocks.joined(w, Blocks.list(entry.subtitle(), Blocks.date(entry.date(), context.locale())), titled);
        if (present(entry.summary())) {
            w.text(" — ");
            w.text(entry.summary());
        }
    }
}
