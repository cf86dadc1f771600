package io.github.portfoliosdk.render.markdown.internal;

import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.render.markdown.Flavor;
import io.github.portfoliosdk.render.markdown.MarkdownSectionContext;
import io.github.portfoliosdk.render.markdown.MarkdownWriter;
import java.time.Clock;
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
        Locale locale) implements MarkdownSectionContext {
}
