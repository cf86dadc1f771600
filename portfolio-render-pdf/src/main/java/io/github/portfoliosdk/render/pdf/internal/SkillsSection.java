package io.github.portfoliosdk.render.pdf.internal;

import static io.github.portfoliosdk.render.pdf.internal.CvContext.present;

import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Skill;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Skills by category, one line each in the order categories first appear; then the primary stack and stack metrics. */
final class SkillsSection implements CvSection {

    @Override
    public void write(Portfolio portfolio, CvContext context) {
        XhtmlWriter w = context.writer();
        Blocks.labelledList(w, context.field("primary-stack"), "primaryStack", portfolio.primaryStack());
        Map<String, List<Integer>> byCategory = new LinkedHashMap<>();
        List<Skill> skills = portfolio.skills();
        for (int i = 0; i < skills.size(); i++) {
            String category = skills.get(i).category();
            byCategory.computeIfAbsent(present(category) ? category : "", key -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<String, List<Integer>> group : byCategory.entrySet()) {
            int first = group.getValue().get(0);
            w.start("p").start("span", "class", "label");
            if (group.getKey().isEmpty()) {
                w.label(context.label("other-skills"));
            } else {
                w.text("skills[" + first + "].category", group.getKey());
            }
            w.label(":").end().label(" ");
            boolean lead = true;
            for (int i : group.getValue()) {
                Skill skill = skills.get(i);
                if (!present(skill.name())) {
                    continue;
                }
                w.label(lead ? "" : ", ").text("skills[" + i + "].name", skill.name());
                lead = false;
            }
            w.end();
        }
        Blocks.metrics(w, "stackMetrics", portfolio.stackMetrics());
    }
}
