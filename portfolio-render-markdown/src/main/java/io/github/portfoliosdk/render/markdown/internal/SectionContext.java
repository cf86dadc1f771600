package io.github.portfoliosdk.render.markdown.internal;

import io.github.portfoliosdk.model.Flow;
import io.github.portfoliosdk.model.Labels;
import io.github.portfoliosdk.model.PartialDate;
import io.github.portfoliosdk.model.Period;
import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.render.markdown.Flavor;
import io.github.portfoliosdk.model.Label;
import io.github.portfoliosdk.render.markdown.MarkdownSectionContext;
import io.github.portfoliosdk.render.markdown.MarkdownWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/** The context handed to a section renderer for one section of one rendering. */
public record SectionContext(
        MarkdownWriter writer,
        Section section,
        String title,
        int headingLevel,
        Flavor flavor,
        boolean mermaid,
        boolean badges,
        Clock clock,
        Locale locale,
        Labels labels,
        Locale content) implements MarkdownSectionContext {

    /** Whether the user's text runs in the other direction than the labels'. */
    private boolean isolates() {
        return Labels.rightToLeft(content) != labels.rightToLeft();
    }

    @Override
    public void startUserText() {
        if (isolates()) {
            String tag = content.toLanguageTag();
            writer.startIsolate(Labels.rightToLeft(content), tag.equals("und") ? null : tag);
        }
    }

    @Override
    public void endUserText() {
        if (isolates()) {
            writer.endIsolate();
        }
    }

    @Override
    public String label(Label label) {
        return labels.text(label.key());
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public String date(PartialDate date) {
        return date == null ? "" : date.format(locale);
    }

    @Override
    public void flow(Flow flow) {
        Blocks.flow(this, null, flow);
    }

    @Override
    public String period(Period period) {
        String text = Blocks.period(period, this);
        return text == null ? "" : text;
    }
}
