package io.github.portfoliosdk.render.pdf.internal;

import io.github.portfoliosdk.model.Labels;
import io.github.portfoliosdk.model.PartialDate;
import io.github.portfoliosdk.model.Period;
import io.github.portfoliosdk.model.Section;

import java.time.Clock;

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
record CvContext(XhtmlWriter writer, Section section, String title, Clock clock, Labels labels) {

    /** Between items on one line. */
    static final String DOT = " · ";

    /** Opens the section ({@code <section id="work">}) and writes its heading. */
    void open() {
        writer.start("section", "id", section.id(), "class", "section");
        writer.start("h2").label(title).end();
    }

    /** The catalogue's text of a key. */
    String label(String key) {
        return labels.text(key);
    }

    /** The catalogue's text of a key as a field name: "Problem:". */
    String field(String key) {
        return labels.text(key) + ":";
    }

    /** "Feb 2026 – present", "Oct 2023 – Oct 2025", "2024" or "until 2021"; null without a period. */
    String period(Period period) {
        return labels.period(period);
    }

    /** The date in the locale, or null. */
    String date(PartialDate date) {
        return date == null ? null : date.format(labels.locale());
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
