package io.github.portfoliosdk.render.pdf.internal;

import static io.github.portfoliosdk.render.pdf.internal.CvContext.present;

import io.github.portfoliosdk.model.Education;
import io.github.portfoliosdk.model.Portfolio;

import java.util.List;

/** Education: study type and area, institution, period, score, courses. */
final class EducationSection implements CvSection {

    @Override
    public void write(Portfolio portfolio, CvContext context) {
        XhtmlWriter w = context.writer();
        List<Education> education = portfolio.education();
        for (int i = 0; i < education.size(); i++) {
            Education entry = education.get(i);
            String path = "education[" + i + "]";
            w.start("div", "class", "entry").start("div", "class", "keep");
            w.start("h3");
            boolean lead = false;
            if (present(entry.studyType())) {
                w.text(path + ".studyType", entry.studyType());
                lead = true;
            }
            if (present(entry.area())) {
                w.label(lead ? ", " : "").text(path + ".area", entry.area());
                lead = true;
            }
            if (present(entry.institution())) {
                w.label(lead ? CvContext.DOT : "").link(path + ".institution", entry.institution(), entry.url());
            }
            w.end();
            Blocks.meta(w, null, context.period(entry.period()), path + ".score", entry.score());
            w.end();
            Blocks.labelledList(w, context.field("courses"), path + ".courses", entry.courses());
            w.end();
        }
    }
}
