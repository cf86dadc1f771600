package io.github.portfoliosdk.render.markdown.internal;

import static io.github.portfoliosdk.render.markdown.internal.Blocks.present;

import io.github.portfoliosdk.model.Link;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Project;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.model.Label;
import io.github.portfoliosdk.render.markdown.MarkdownSectionContext;
import io.github.portfoliosdk.render.markdown.MarkdownSectionRenderer;
import io.github.portfoliosdk.render.markdown.MarkdownWriter;
import java.util.ArrayList;
import java.util.List;

/** Selected projects: what, problem, solution, architecture, tech stack, impact, highlights and links. */
final class ProjectsSection implements MarkdownSectionRenderer {

    static final ProjectsSection INSTANCE = new ProjectsSection();

    @Override
    public boolean hasContent(Portfolio portfolio) {
        return !portfolio.projects().isEmpty();
    }

    @Override
    public void render(Portfolio portfolio, MarkdownSectionContext context) {
        MarkdownWriter w = context.writer();
        for (Project project : portfolio.projects()) {
            project(portfolio, project, context, w);
        }
    }

    private static void project(Portfolio portfolio, Project project, MarkdownSectionContext context, MarkdownWriter w) {
        w.heading(context.headingLevel() + 1, present(project.name()) ? project.name() : context.label(Label.PROJECT));
        String period = Blocks.period(project.period(), context);
        List<String> about = new ArrayList<>(Blocks.list(project.type()));
        about.addAll(project.categories());
        if (present(project.badge())) {
            about.add(project.badge());
        }
        if (present(period) || !about.isEmpty()) {
            w.startParagraph();
            if (present(period)) {
                w.text(period);
            }
            Blocks.joined(w, about, present(period));
            w.end();
        }
        String at = portfolio.role(project.roleId()).map(Role::organizationOrTitle).orElse(null);
        if (!project.roles().isEmpty() || present(project.entity()) || present(at)) {
            w.startParagraph();
            boolean first = true;
            if (!project.roles().isEmpty()) {
                w.strong(context.field(Label.MY_ROLE));
                w.text(" ");
                Blocks.userText(context, String.join(", ", project.roles()));
                first = false;
            }
            first = Blocks.fact(context, first, context.field(Label.FOR), project.entity(), true);
            Blocks.fact(context, first, context.field(Label.AT), at, true);
            w.end();
        }
        w.paragraph(project.description());
        Blocks.labelled(context, context.label(Label.PROBLEM) + ".", project.problem());
        Blocks.labelled(context, context.label(Label.SOLUTION) + ".", project.solution());
        if (project.architecture() != null) {
            Blocks.flow(context, context.label(Label.ARCHITECTURE), project.architecture());
        }
        if (!project.techStack().isEmpty()) {
            w.startParagraph();
            w.strong(context.field(Label.TECH_STACK));
            w.text(" ");
            if (context.badges()) {
                SkillsSection.badges(w, project.techStack());
            } else {
                context.startUserText();
                Blocks.joined(w, project.techStack(), false);
                context.endUserText();
            }
            w.end();
        }
        Blocks.labelled(context, context.label(Label.IMPACT) + ".", project.impact());
        Blocks.metrics(context, project.impactMetrics());
        for (String highlight : project.highlights()) {
            w.bulletItem(highlight);
        }
        w.endList();
        if (present(project.url()) || !project.links().isEmpty()) {
            w.startParagraph();
            boolean first = true;
            if (present(project.url())) {
                w.link(context.label(Label.PROJECT_PAGE), project.url());
                first = false;
            }
            for (Link link : project.links()) {
                if (!first) {
                    w.text(Blocks.DOT);
                }
                w.link(link.label(), link.url());
                first = false;
            }
            w.end();
        }
    }

}
