package io.github.portfoliosdk.render.pdf.internal;

import io.github.portfoliosdk.model.PartialDate;
import io.github.portfoliosdk.model.Period;
import io.github.portfoliosdk.model.Section;

import java.time.Clock;
import java.util.Locale;

/**
 * What a CV section needs besides the portfolio: the writer, its title, the clock for "today" and the locale for
 * dates.
 *
 * @param writer the document's writer
 * @param section the section being written
 * @param title its heading
 * @param clock the clock for "today"
 * @param locale the locale month names are written in
 */
record CvContext(XhtmlWriter writer, Section section, String title, Clock clock, Locale locale) {

    /** Between items on one line. */
    static final String DOT = " · ";

    /** Opens the section ({@code <section id="work">}) and writes its heading. */
    void open() {
        writer.start("section", "id", section.id(), "class", "section");
        writer.start("h2").label(title).end();
    }

    /** "Feb 2026 – present", "Oct 2023 – Oct 2025", "2024" or "until 2021"; null without a period. */
    String period(Period period) {
        if (period == null) {
            return null;
        }
        PartialDate start = period.start();
        PartialDate end = period.end();
        if (start == null) {
            return end == null ? null : "until " + end.format(locale);
        }
        if (period.isSingleDate()) {
            return start.format(locale);
        }
        return start.format(locale) + " – " + (end == null ? "present" : end.format(locale));
    }

    /** The date in the locale, or null. */
    String date(PartialDate date) {
        return date == null ? null : date.format(locale);
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
