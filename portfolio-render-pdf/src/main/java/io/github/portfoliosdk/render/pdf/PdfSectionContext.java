package io.github.portfoliosdk.render.pdf;

import io.github.portfoliosdk.model.Label;
import io.github.portfoliosdk.model.Labels;
import io.github.portfoliosdk.model.PartialDate;
import io.github.portfoliosdk.model.Period;
import io.github.portfoliosdk.model.Section;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What a {@link PdfSectionRenderer} is given to write one section: the writer, the renderer's options and the
 * helpers for dates and periods. Its twins are {@code HtmlSectionContext} and {@code MarkdownSectionContext}, with
 * the same names where the formats share a concept.
 */
public interface PdfSectionContext {

    /** The writer to write the section's content with; it escapes and checks every text it is given. */
    PdfWriter writer();

    /** The section being rendered. */
    Section section();

    /** The section's title: the one set with {@link PdfRenderer.Builder#sectionTitle} or its default; the renderer writes it. */
    String title();

    /** The locale dates and words are shown in. */
    Locale locale();

    /** The renderer's clock; "present" and durations are counted up to it. */
    Clock clock();

    /** Today, as the renderer's clock says. */
    LocalDate today();

    /** The text for a label, from the renderer's catalogue. */
    String label(Label label);

    /** The renderer's label catalogue: for words a custom section needs. */
    Labels labels();

    /** A date as printed, in the locale and at its precision ("Feb 2026", "2024"); null for null. */
    String date(PartialDate date);

    /** A period as every renderer shows it ("Feb 2026 – present", "2024", "until 2021"); null without one. */
    String period(Period period);
}
