package io.github.portfoliosdk.render.markdown.internal;

import static io.github.portfoliosdk.render.markdown.internal.Blocks.present;

import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Skill;
import io.github.portfoliosdk.render.markdown.Flavor;
import io.github.portfoliosdk.model.Label;
import io.github.portfoliosdk.render.markdown.MarkdownSectionContext;
import io.github.portfoliosdk.render.markdown.MarkdownSectionRenderer;
import io.github.portfoliosdk.render.markdown.MarkdownWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Skills grouped by category (in order of first appearance) with levels, the primary stack and stack figures. */
final class SkillsSection implements MarkdownSectionRenderer {

    static final SkillsSection INSTANCE = new SkillsSection();


    @Override
    public boolean hasContent(Portfolio portfolio) {
        return !(portfolio.skills().isEmpty() && portfolio.primaryStack().isEmpty() && portfolio.stackMetrics().isEmpty());
    }

    @Override
    public void render(Portfolio portfolio, MarkdownSectionContext context) {
        MarkdownWriter w = context.writer();
        Map<String, List<Skill>> byCategory = new LinkedHashMap<>();
        List<Skill> uncategorized = new ArrayList<>();
        for (Skill skill : portfolio.skills()) {
            if (present(skill.category())) {
                byCategory.computeIfAbsent(skill.category(), category -> new ArrayList<>()).add(skill);
            } else {
                uncategorized.add(skill);
            }
        }
        for (Map.Entry<String, List<Skill>> category : byCategory.entrySet()) {
            category(category.getKey(), category.getValue(), context, w);
        }
        if (!uncategorized.isEmpty()) {
            category(byCategory.isEmpty() ? null : context.label(Label.OTHER_SKILLS), uncategorized, context, w);
        }
        if (!portfolio.primaryStack().isEmpty()) {
            w.startParagraph();
            w.strong(context.field(Label.PRIMARY_STACK));
            w.text(" ");
            if (context.badges()) {
                badges(w, portfolio.primaryStack());
            } else {
                context.startUserText();
                Blocks.joined(w, portfolio.primaryStack(), false);
                context.endUserText();
            }
            w.end();
        }
        Blocks.metrics(context, portfolio.stackMetrics());
    }

    private static void category(String name, List<Skill> skills, MarkdownSectionContext context, MarkdownWriter w) {
        if (name != null) {
            w.heading(context.headingLevel() + 1, name);
        }
        if (context.badges()) {
            w.startParagraph();
            boolean first = true;
            for (Skill skill : skills) {
                if (!present(skill.name())) {
                    continue;
                }
                if (!first) {
                    w.text(" ");
                }
                first = false;
                String level = level(skill, context).orElse(null);
                w.image(level == null ? skill.name() : skill.name() + ": " + level,
                        Blocks.badgeUrl(skill.name(), level, skill.level()));
            }
            w.end();
        } else if (context.flavor() == Flavor.GITHUB) {
            boolean keywords = false;
            for (Skill skill : skills) {
                keywords |= !skill.keywords().isEmpty();
            }
            List<List<String>> rows = new ArrayList<>(skills.size());
            for (Skill skill : skills) {
                List<String> row = new ArrayList<>(3);
                row.add(skill.name() == null ? "" : skill.name());
                row.add(level(skill, context).orElse(""));
                if (keywords) {
                    row.add(String.join(", ", skill.keywords()));
                }
                rows.add(row);
            }
            w.table(keywords ? List.of(context.label(Label.SKILL), context.label(Label.LEVEL), context.label(Label.KEYWORDS)) : List.of(context.label(Label.SKILL), context.label(Label.LEVEL)), rows, false);
        } else {
            for (Skill skill : skills) {
                w.startBulletItem();
                w.text(skill.name());
                java.util.Optional<String> level = level(skill, context);
                if (level.isPresent()) {
                    w.text(" — ");
                    w.text(level.get());
                }
                if (!skill.keywords().isEmpty()) {
                    w.text(" (");
                    w.text(String.join(", ", skill.keywords()));
                    w.text(")");
                }
                w.end();
            }
            w.endList();
        }
    }

    /** Technologies as label-only shields.io badges, separated by spaces. */
    static void badges(MarkdownWriter w, List<String> names) {
        boolean first = true;
        for (String name : names) {
            if (!first) {
                w.text(" ");
            }
            first = false;
            w.image(name, Blocks.badgeUrl(name, null, null));
        }
    }

    /** The level as written by the user, else the catalogue's word for the enum level; empty when neither. */
    private static java.util.Optional<String> level(Skill skill, MarkdownSectionContext context) {
        return skill.levelLabel(level -> context.label(Label.valueOf(level.name())));
    }
}
