package io.github.portfoliosdk.render.pdf.internal;

import io.github.portfoliosdk.model.Labels;
import io.github.portfoliosdk.model.PartialDate;
import io.github.portfoliosdk.model.Period;
import io.github.portfoliosdk.model.Section;

import io.github.portfoliosdk.model.Label;
import io.github.portfoliosdk.render.pdf.PdfSectionContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What a CV section needs besides the portfolio: the writer, its title, the clock for "today" and the labels (whose
 * locale dates are written in).
 *
 * @param writer the document's writer
 * @param section the section being written
 * @param title its heading
 * @param clock the clock for "today"
 * @param labels the fixed words; month names are written in their locale
 */
record CvContext(XhtmlWriter writer, Section section, String title, Clock clock, Labels labels)
        implements PdfSectionContext {

    /** Between items on one line. */
    static final String DOT = " · ";

    /** The catalogue's text of a key. */
    String label(String key) {
        return labels.text(key);
    }

    @Override
    public String label(Label label) {
        return labels.text(label.key());
    }

    @Override
    public Locale locale() {
        return labels.locale();
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The catalogue's text of a key as a field name: "Problem:". */
    String field(String key) {
        return labels.field(labels.text(key));
    }

    /** "Feb 2026 – present", "Oct 2023 – Oct 2025", "2024" or "until 2021"; null without a period. */
    @Override
    public String period(Period period) {
        return labels.period(period);
    }

    /** The date in the locale, or null. */
    @Override
    public String date(PartialDate date) {
        return date == null ? null : date.format(labels.locale());
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
