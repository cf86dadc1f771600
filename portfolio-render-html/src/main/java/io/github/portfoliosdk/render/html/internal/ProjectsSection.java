package io.github.portfoliosdk.render.html.internal;

import static io.github.portfoliosdk.render.html.internal.Parts.present;

import io.github.portfoliosdk.model.Link;
import io.github.portfoliosdk.model.LinkPolicy;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Project;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.render.html.HtmlWriter;
import io.github.portfoliosdk.model.Label;
import io.github.portfoliosdk.render.html.HtmlSectionContext;
import io.github.portfoliosdk.render.html.HtmlSectionRenderer;

/** Selected projects: number and year, categories, badge, problem, solution, architecture, stack, impact and links. */
final class ProjectsSection implements HtmlSectionRenderer {

    @Override
    public boolean hasContent(Portfolio portfolio) {
        return !portfolio.projects().isEmpty();
    }

    @Override
    public void render(Portfolio portfolio, HtmlSectionContext context) {
        HtmlWriter writer = context.writer();
        writer.tag("div", "pf-projects");
        for (int i = 0; i < portfolio.projects().size(); i++) {
            project(context, portfolio, portfolio.projects().get(i), i + 1);
        }
        writer.end("div");
    }

    private static void project(HtmlSectionContext context, Portfolio portfolio, Project project, int number) {
        HtmlWriter writer = context.writer();
        String title = present(project.name()) ? project.name() : context.label(Label.PROJECT) + " " + PageWriter.number(number);
        writer.start("article").attr("class", "pf-project").attr("id", context.projectId(project));
        writer.tag("div", "pf-project-meta");
        writer.tag("p", "pf-project-num").text(context.label(Label.PROJECT)).text(" ").text(PageWriter.number(number));
        if (project.period() != null && (project.period().start() != null || project.period().end() != null)) {
            writer.text(" / ");
            context.writePeriod(project.period());
        }
        writer.end("p");
        Parts.tags(context, "pf-categories", project.categories());
        if (present(project.badge())) {
            context.userElement("p", "pf-badge", project.badge());
        }
        writer.end("div");
        if (present(project.name())) {
            context.userElement(Parts.heading(context, 1), "pf-project-name", title);
        } else {
            writer.element(Parts.heading(context, 1), "pf-project-name", title);
        }
        if (present(project.entity()) || present(project.type())) {
            writer.start("p").attr("class", "pf-project-entity");
            context.markUserText(present(project.entity()) ? project.entity() : project.type());
            writer.text(project.entity());
            if (present(project.entity()) && present(project.type())) {
                writer.text(" · ");
            }
            writer.text(project.type()).end("p");
        }
        Parts.paragraph(context, "pf-text", project.description());
        if (present(project.problem()) || present(project.solution())) {
            writer.tag("div", "pf-blocks");
            block(context, Label.PROBLEM, project.problem());
            block(context, Label.SOLUTION, project.solution());
            writer.end("div");
        }
        if (project.architecture() != null) {
            writer.element(Parts.heading(context, 2), "pf-label", context.label(Label.ARCHITECTURE));
            context.flow(project.architecture());
        }
        if (!project.techStack().isEmpty()) {
            writer.element(Parts.heading(context, 2), "pf-label", context.label(Label.TECH_STACK));
            Parts.tags(context, "pf-tags", project.techStack());
        }
        if (!project.impactMetrics().isEmpty() || present(project.impact())) {
            writer.element(Parts.heading(context, 2), "pf-label", context.label(Label.IMPACT));
            Parts.metrics(context, "pf-metrics pf-metrics-small", project.impactMetrics());
            Parts.paragraph(context, "pf-text", project.impact());
        }
        Parts.highlights(context, project.highlights());
        if (!project.roles().isEmpty()) {
            writer.tag("p", "pf-project-roles").element("span", "pf-inline-label", context.label(Label.MY_ROLE)).text(" ");
            context.userText(String.join(", ", project.roles()));
            writer.end("p");
        }
        String at = portfolio.role(project.roleId()).map(Role::organizationOrTitle).orElse(null);
        if (present(at)) {
            writer.tag("p", "pf-project-at").element("span", "pf-inline-label", context.label(Label.AT)).text(" ");
            context.userText(at);
            writer.end("p");
        }
        if (HtmlWriter.safeUrl(project.url()).isPresent() || !project.links().isEmpty()) {
            writer.start("ul").attr("class", "pf-links").attr("aria-label", context.label(Label.LINKS));
            if (HtmlWriter.safeUrl(project.url()).isPresent()) {
                writer.raw("<li>");
                context.userLink(project.url(), null, LinkPolicy.linkText(project.url()));
                writer.raw("</li>");
            }
            for (Link link : project.links()) {
                writer.raw("<li>");
                context.userLink(link.url(), null, present(link.label()) ? link.label() : LinkPolicy.linkText(link.url()));
                writer.raw("</li>");
            }
            writer.end("ul");
        }
        writer.end("article");
    }

    private static void block(HtmlSectionContext context, Label label, String text) {
        if (present(text)) {
            HtmlWriter writer = context.writer();
            writer.tag("div", "pf-block").element(Parts.heading(context, 2), "pf-label", context.label(label));
            context.userElement("p", "pf-text", text);
            writer.end("div");
        }
    }
}
