package io.github.portfoliosdk.render.markdown;

import io.github.portfoliosdk.model.Section;
import java.time.Clock;
import java.util.Locale;

/** What a {@link MarkdownSectionRenderer} needs to write one section: the writer and the renderer's options. */
public interface MarkdownSectionContext {

    /** The writer to write with; it escapes every string it is given. */
    MarkdownWriter writer();

    /** The section being rendered. */
    Section section();

    /** The section's title: the one set with {@link MarkdownRenderer.Builder#sectionTitle} or its default. */
    String title();

    /** The level of the section's own heading (2 plus the heading offset; 1 plus it for the hero); entries go one deeper. */
    int headingLevel();

    /** The flavour being written. */
    Flavor flavor();

    /** Whether flows are drawn as Mermaid flowcharts (Mermaid on and GitHub flavour); otherwise as "A → B" text. */
    boolean mermaid();

    /** Whether skills are shown as shields.io badges. */
    boolean badges();

    /** The clock for "today" (years of experience, ongoing periods). */
    Clock clock();

    /** The locale dates are formatted in. */
    Locale locale();
}
