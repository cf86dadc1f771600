package io.github.portfoliosdk.render.html.internal;

import static io.github.portfoliosdk.render.html.internal.Parts.present;

import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Skill;
import io.github.portfoliosdk.render.html.HtmlWriter;
import io.github.portfoliosdk.model.Label;
import io.github.portfoliosdk.render.html.HtmlSectionContext;
import io.github.portfoliosdk.render.html.HtmlSectionRenderer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tech stack: skills grouped by category (in order of first appearance) with levels, figures and the primary stack. */
final class SkillsSection implements HtmlSectionRenderer {

    @Override
    public boolean hasContent(Portfolio portfolio) {
        return !portfolio.skills().isEmpty() || !portfolio.primaryStack().isEmpty() || !portfolio.stackMetrics().isEmpty();
    }

    @Override
    public void render(Portfolio portfolio, HtmlSectionContext context) {
        HtmlWriter writer = context.writer();
        Map<String, List<Skill>> groups = new LinkedHashMap<>();
        for (Skill skill : portfolio.skills()) {
            if (present(skill.name())) {
                String category = present(skill.category()) ? skill.category() : context.label(Label.OTHER_SKILLS);
                groups.computeIfAbsent(category, key -> new ArrayList<>()).add(skill);
            }
        }
        if (!groups.isEmpty()) {
            writer.tag("div", "pf-skill-groups");
            for (Map.Entry<String, List<Skill>> group : groups.entrySet()) {
                writer.tag("div", "pf-skill-group");
                if (group.getKey().equals(context.label(Label.OTHER_SKILLS))) {
                    writer.element(Parts.heading(context, 1), "pf-skill-category", group.getKey());
                } else {
                    context.userElement(Parts.heading(context, 1), "pf-skill-category", group.getKey());
                }
                writer.tag("ul", "pf-skills");
                for (Skill skill : group.getValue()) {
                    writer.tag("li", "pf-skill");
                    context.userElement("span", "pf-skill-name", skill.name());
                    java.util.Optional<String> shown = level(skill, context);
                    if (shown.isPresent()) {
                        String level = skill.levelText() == null && skill.level() != null
                                ? "pf-level pf-level-" + skill.level().rank() : "pf-level";
                        writer.text(" ");
                        if (skill.levelText() != null) {
                            context.userElement("span", level, shown.get());
                        } else {
                            writer.element("span", level, shown.get());
                        }
                    }
                    if (!skill.keywords().isEmpty()) {
                        writer.text(" ");
                        context.userElement("span", "pf-skill-keywords", String.join(", ", skill.keywords()));
                    }
                    writer.end("li");
                }
                writer.end("ul").end("div");
            }
            writer.end("div");
        }
        Parts.metrics(context, "pf-metrics pf-stack-metrics", portfolio.stackMetrics());
        if (!portfolio.primaryStack().isEmpty()) {
            writer.tag("div", "pf-primary").element(Parts.heading(context, 1), "pf-label", context.label(Label.PRIMARY_STACK));
            Parts.tags(context, "pf-tags", portfolio.primaryStack());
            writer.end("div");
        }
    }

    /** The level as written by the user, else the catalogue's word for the enum level; empty when neither. */
    private static java.util.Optional<String> level(Skill skill, HtmlSectionContext context) {
        return skill.levelLabel(level -> context.label(Label.valueOf(level.name())));
    }
}
