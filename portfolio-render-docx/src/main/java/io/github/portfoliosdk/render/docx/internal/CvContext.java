package io.github.portfoliosdk.render.docx.internal;

import io.github.portfoliosdk.model.Labels;
import io.github.portfoliosdk.model.PartialDate;
import io.github.portfoliosdk.model.Period;

import java.time.Clock;

/**
 * What a section of the Word CV needs besides the portfolio: the writer, its title, the clock for "today" and the
 * labels (whose locale dates are written in).
 *
 * @param writer the document's writer
 * @param title the section's heading
 * @param clock the clock for "today"
 * @param labels the fixed words; month names are written in their locale
 */
record CvContext(WordWriter writer, String title, Clock clock, Labels labels) {

    /** Between items on one line. */
    static final String DOT = " \u00b7 ";

    /** Writes the section's heading (Heading 1). */
    void open() {
        writer.heading(1).fixed(title);
    }

    /** The catalogue's text of a key. */
    String label(String key) {
        return labels.text(key);
    }

    /** The catalogue's text of a key as a field name: "Problem:". */
    String field(String key) {
        return labels.field(labels.text(key));
    }

    /** "Feb 2026 – present", "2024", "until 2021"; null without a period. */
    String period(Period period) {
        return labels.period(period);
    }

    /** The date in the labels' locale, or null. */
    String date(PartialDate date) {
        return date == null ? null : date.format(labels.locale());
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
