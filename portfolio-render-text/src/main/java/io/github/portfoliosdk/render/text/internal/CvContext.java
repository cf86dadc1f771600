package io.github.portfoliosdk.render.text.internal;

import io.github.portfoliosdk.model.Labels;
import io.github.portfoliosdk.model.PartialDate;
import io.github.portfoliosdk.model.Period;

import java.time.Clock;

/**
 * What a section of the plain-text CV needs besides the portfolio: the writer, its title, the clock for "today" and the
 * labels (whose locale dates are written in).
 *
 * @param writer the text writer
 * @param title the section's heading
 * @param clock the clock for "today"
 * @param labels the fixed words; month names are written in their locale
 * @param dates the renderer's texts of periods and dates, in the labels' words
 */
record CvContext(PlainTextWriter writer, String title, Clock clock, Labels labels, DateTexts dates) {

    /** Between items on one line. */
    static final String DOT = " \u00b7 ";

    /** Writes the section's heading. */
    void open() {
        writer.heading(title);
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
        return dates.period(period);
    }

    /** The date in the labels' locale, or null. */
    String date(PartialDate date) {
        return dates.date(date);
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
