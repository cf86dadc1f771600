package io.github.portfoliosdk.render.pdf.internal;

import static io.github.portfoliosdk.render.pdf.internal.CvContext.present;

import io.github.portfoliosdk.model.CustomEntry;
import io.github.portfoliosdk.model.CustomSection;
import io.github.portfoliosdk.model.Portfolio;

import java.util.List;

/**
 * The entries of a section of the user's own ({@link Portfolio#customSection(String)}), as education reads: the
 * title (a link when allowed; the URL itself without a title), a line with subtitle and date, the summary and the highlights as bullets.
 */
final class CustomEntriesSection implements CvSection {

    private final String id;

    CustomEntriesSection(String id) {
        this.id = id;
    }

    @Override
    public void write(Portfolio portfolio, CvContext context) {
        XhtmlWriter w = context.writer();
        CustomSection section = portfolio.customSection(id).orElseThrow();
        String sectionPath = "customSections[" + portfolio.customSections().indexOf(section) + "]";
        List<CustomEntry> entries = section.entries();
        for (int i = 0; i < entries.size(); i++) {
            CustomEntry entry = entries.get(i);
            String path = sectionPath + ".entries[" + i + "]";
            w.start("div", "class", "entry").start("div", "class", "keep");
            if (present(entry.title())) {
                w.start("h3").link(path + ".title", entry.title(), entry.url()).end();
            } else if (present(entry.url())) {
                w.start("h3").link(path + ".url", entry.url(), entry.url()).end();
            }
            Blocks.meta(w, path + ".subtitle", entry.subtitle(), null, context.date(entry.date()));
            w.end();
            Blocks.paragraph(w, "summary", path + ".summary", entry.summary());
            Blocks.bullets(w, path + ".highlights", entry.highlights());
            w.end();
        }
    }
}
