package io.github.portfoliosdk.render.markdown;

import io.github.portfoliosdk.model.Label;
import io.github.portfoliosdk.model.Labels;
import io.github.portfoliosdk.model.Flow;
import io.github.portfoliosdk.model.PartialDate;
import io.github.portfoliosdk.model.Period;
import io.github.portfoliosdk.model.Section;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What a {@link MarkdownSectionRenderer} is given to write one section: the writer, the renderer's options and the
 * helpers the built-in sections use themselves. Its HTML twin is {@code HtmlSectionContext}, with the same names
 * where the formats share a concept.
 */
public interface MarkdownSectionContext {

    /** The writer to write with; it escapes every string it is given. */
    MarkdownWriter writer();

    /** The section being rendered. */
    Section section();

    /** The section's title: the one set with {@link MarkdownRenderer.Builder#sectionTitle} or its default; the renderer writes it. */
    String title();

    /** The level of the section's own heading (2 plus the heading offset; 1 plus it for the hero); entries go one deeper. */
    int headingLevel();

    /** The flavour being written. */
    Flavor flavor();

    /** Whether flows are drawn as Mermaid flowcharts (Mermaid on and GitHub flavour); otherwise as "A → B" text. */
    boolean mermaid();

    /** Whether skills are shown as shields.io badges. */
    boolean badges();

    /** The text for a label, from the catalogue of the renderer's locale unless the user gave their own. */
    String label(Label label);

    /** The renderer's label catalogue, with the user's own texts: for words a custom section needs. */
    Labels labels();

    /** The locale dates are formatted in. */
    Locale locale();

    /** The renderer's clock; "present" and years of experience are counted up to it. */
    Clock clock();

    /** Today, as the renderer's clock says. */
    LocalDate today();

    /** A date as the README shows it, in the locale and at its precision ("Feb 2026", "2024"). */
    String date(PartialDate date);

    /**
     * Writes a flow as the built-in sections do: its title in bold, then a Mermaid flowchart when {@link #mermaid()},
     * otherwise the stages as "A → B → C" text.
     */
    void flow(Flow flow);

    /** A period as the README shows it ("Feb 2026 – present", "2024", "until 2021"); empty for null. */
    String period(Period period);

    /**
     * A label's text followed by the colon its language writes ({@link Labels#field}): "Location:", French
     * "Lieu\u00a0:", Japanese "所在地：".
     */
    default String field(Label label) {
        return labels().field(label(label));
    }

    /**
     * Starts the user's text after a label in the same paragraph ("**Status:** Open to work."): where the text's
     * direction differs from the labels' (an English portfolio with Arabic labels), an isolated run
     * ({@link MarkdownWriter#startIsolate}) that keeps it in order; nothing otherwise. End it with
     * {@link #endUserText()}. A paragraph or item of user text alone needs neither: GitHub sets each one's direction
     * from its first letter.
     */
    void startUserText();

    /** Ends what {@link #startUserText()} started. */
    void endUserText();
}
