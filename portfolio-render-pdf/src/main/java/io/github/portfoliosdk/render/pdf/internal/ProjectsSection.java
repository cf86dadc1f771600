package io.github.portfoliosdk.render.pdf.internal;

import static io.github.portfoliosdk.render.pdf.internal.CvContext.present;

import io.github.portfoliosdk.model.Link;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Project;

import java.util.List;

/** Selected projects: name, when and what kind, description, problem, solution, architecture, impact, stack, links. */
final class ProjectsSection implements CvSection {

    @Override
    public void write(Portfolio portfolio, CvContext context) {
        XhtmlWriter w = context.writer();
        List<Project> projects = portfolio.projects();
        for (int i = 0; i < projects.size(); i++) {
            project(projects.get(i), "projects[" + i + "]", context, w);
        }
    }

    private static void project(Project project, String path, CvContext context, XhtmlWriter w) {
        w.start("div", "class", "entry").start("div", "class", "keep");
        w.start("h3").link(path + ".name", project.name(), project.url()).end();
        Blocks.meta(w, null, context.period(project.period()), path + ".type", project.type(),
                path + ".entity", project.entity(), path + ".badge", project.badge());
        // the heading keeps its first lines: the description, or else the problem
        if (present(project.description())) {
            Blocks.paragraph(w, "summary", path + ".description", project.description());
            w.end();
            Blocks.labelled(w, context.field("problem"), path + ".problem", project.problem());
        } else {
            Blocks.labelled(w, context.field("problem"), path + ".problem", project.problem());
            w.end();
        }
        Blocks.labelled(w, context.field("solution"), path + ".solution", project.solution());
        Blocks.flow(w, path + ".architecture", project.architecture());
        Blocks.labelled(w, context.field("impact"), path + ".impact", project.impact());
        Blocks.metrics(w, path + ".impactMetrics", project.impactMetrics());
        Blocks.bullets(w, path + ".highlights", project.highlights());
        Blocks.labelledList(w, context.field("tech-stack"), path + ".techStack", project.techStack());
        List<Link> links = project.links();
        if (!links.isEmpty()) {
            w.start("p", "class", "links");
            for (int i = 0; i < links.size(); i++) {
                Link link = links.get(i);
                if (i > 0) {
                    w.label(CvContext.DOT);
                }
                String at = path + ".links[" + i + "]";
                w.link(at + ".label", present(link.label()) ? link.label() : link.url(), link.url());
            }
            w.end();
        }
        w.end();
    }
}
