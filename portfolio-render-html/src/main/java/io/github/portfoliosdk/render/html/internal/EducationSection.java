package io.github.portfoliosdk.render.html.internal;

import static io.github.portfoliosdk.render.html.internal.Parts.present;

import io.github.portfoliosdk.model.Education;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.render.html.HtmlWriter;
import io.github.portfoliosdk.model.Label;
import io.github.portfoliosdk.render.html.HtmlSectionContext;
import io.github.portfoliosdk.render.html.HtmlSectionRenderer;

/** Education: institution, degree and field, period, score and courses. */
final class EducationSection implements HtmlSectionRenderer {

    @Override
    public boolean hasContent(Portfolio portfolio) {
        return !portfolio.education().isEmpty();
    }

    @Override
    public void render(Portfolio portfolio, HtmlSectionContext context) {
        HtmlWriter writer = context.writer();
        writer.tag("ul", "pf-entries");
        for (Education education : portfolio.education()) {
            writer.tag("li", "pf-entry");
            Entries.title(context, education.institution(), education.url());
            String study = Entries.join(" · ", education.studyType(), education.area());
            Parts.paragraph(context, "pf-entry-detail", study);
            Entries.period(context, education.period());
            if (present(education.score())) {
                writer.tag("p", "pf-entry-detail").element("span", "pf-inline-label", context.label(Label.SCORE)).text(" ");
                context.userText(education.score());
                writer.end("p");
            }
            if (!education.courses().isEmpty()) {
                writer.element("p", "pf-inline-label", context.label(Label.COURSES));
                Parts.tags(context, "pf-tags", education.courses());
            }
            writer.end("li");
        }
        writer.end("ul");
    }
}
