package io.github.portfoliosdk.render.markdown.internal;

import static io.github.portfoliosdk.render.markdown.internal.Blocks.present;

import io.github.portfoliosdk.model.Education;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Label;
import io.github.portfoliosdk.render.markdown.MarkdownSectionContext;
import io.github.portfoliosdk.render.markdown.MarkdownSectionRenderer;
import io.github.portfoliosdk.render.markdown.MarkdownWriter;
import java.util.List;

/** Education: institution, degree and field, when, score and courses. */
final class EducationSection implements MarkdownSectionRenderer {

    static final EducationSection INSTANCE = new EducationSection();

    @Override
    public boolean hasContent(Portfolio portfolio) {
        return !portfolio.education().isEmpty();
    }

    @Override
    public void render(Portfolio portfolio, MarkdownSectionContext context) {
        MarkdownWriter w = context.writer();
        for (Education education : portfolio.education()) {
            w.startHeading(context.headingLevel() + 1);
            if (present(education.institution())) {
                w.link(education.institution(), education.url());
            } else {
                w.text(present(education.studyType()) ? education.studyType() : context.label(Label.EDUCATION));
            }
            w.end();
            List<String> facts = Blocks.list(education.studyType(), education.area(),
                    Blocks.period(education.period(), context),
                    present(education.score()) ? context.field(Label.SCORE) + " " + education.score() : null);
            if (!facts.isEmpty()) {
                w.startParagraph();
                Blocks.joined(w, facts, false);
                w.end();
            }
            if (!education.courses().isEmpty()) {
                w.startParagraph();
                w.strong(context.field(Label.COURSES));
                w.text(" ");
                Blocks.userText(context, String.join(", ", education.courses()));
                w.end();
            }
        }
    }
}
