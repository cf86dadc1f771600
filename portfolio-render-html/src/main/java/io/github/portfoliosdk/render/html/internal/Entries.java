package io.github.portfoliosdk.render.html.internal;

import static io.github.portfoliosdk.render.html.internal.Parts.present;

import io.github.portfoliosdk.model.PartialDate;
import io.github.portfoliosdk.model.Period;
import io.github.portfoliosdk.render.html.HtmlSectionContext;
import io.github.portfoliosdk.render.html.HtmlWriter;
import java.util.StringJoiner;

/** Small pieces of the list sections (education, certificates, awards, publications). */
final class Entries {

    private Entries() {
    }

    /** The entry's heading, a link when the URL is safe. */
    static void title(HtmlSectionContext context, String title, String url) {
        if (present(title)) {
            String heading = Parts.heading(context, 1);
            context.writer().start(heading).attr("class", "pf-entry-title");
            context.markUserText(title);
            context.writer().link(url, null, title).end(heading);
        }
    }

    /** The present parts joined with a separator; null when none is present. */
    static String join(String separator, String... parts) {
        StringJoiner joiner = new StringJoiner(separator);
        for (String part : parts) {
            if (present(part)) {
                joiner.add(part);
            }
        }
        return joiner.length() == 0 ? null : joiner.toString();
    }

    /** A line with a period. */
    static void period(HtmlSectionContext context, Period period) {
        if (period != null && (period.start() != null || period.end() != null)) {
            context.writer().tag("p", "pf-entry-date");
            context.writePeriod(period);
            context.writer().end("p");
        }
    }

    /** A line with a source (issuer, publisher) and a date. */
    static void sourceAndDate(HtmlSectionContext context, String source, PartialDate date) {
        if (!present(source) && date == null) {
            return;
        }
        HtmlWriter writer = context.writer();
        writer.tag("p", "pf-entry-detail");
        context.userText(source);
        if (date != null) {
            if (present(source)) {
                writer.text(" · ");
            }
            context.writeDate(date);
        }
        writer.end("p");
    }
}
