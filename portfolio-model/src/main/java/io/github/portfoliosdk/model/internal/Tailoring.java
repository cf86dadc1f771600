package io.github.portfoliosdk.model.internal;

import io.github.portfoliosdk.model.DesignNote;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Project;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.model.Skill;
import io.github.portfoliosdk.model.UsedIn;
import io.github.portfoliosdk.model.internal.text.Suggestions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/** Makes a tailored variant of a portfolio: the items tagged with any requested tag, and the untagged ones. */
public final class Tailoring {

    private Tailoring() {
    }

    /** Every tag some role, project, design note or skill carries, sorted. */
    public static SortedSet<String> tags(Portfolio portfolio) {
        SortedSet<String> tags = new TreeSet<>();
        portfolio.roles().forEach(role -> tags.addAll(role.tags()));
        portfolio.projects().forEach(project -> tags.addAll(project.tags()));
        portfolio.designNotes().forEach(note -> tags.addAll(note.tags()));
        if (portfolio.systemDesign() != null) {
            tags.addAll(portfolio.systemDesign().tags());
        }
        portfolio.skills().forEach(skill -> tags.addAll(skill.tags()));
        return Collections.unmodifiableSortedSet(tags);
    }

    /** See {@link Portfolio#tailored(Set)}. */
    public static Portfolio tailor(Portfolio portfolio, Set<String> wanted) {
        if (wanted.isEmpty()) {
            return portfolio;
        }
        SortedSet<String> known = tags(portfolio);
        List<String> unknown = new ArrayList<>();
        for (String tag : new TreeSet<>(wanted)) {
            if (!known.contains(tag)) {
                unknown.add("'" + tag + "'" + Suggestions.closest(tag, known)
                        .map(closest -> " (did you mean '" + closest + "'?)").orElse(""));
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("tags: no item carries " + String.join(", ", unknown)
                    + (known.isEmpty() ? "; this portfolio has no tags" : "; the tags are " + String.join(", ", known)));
        }
        List<Role> roles = keep(portfolio.roles(), Role::tags, wanted);
        Set<String> roleIds = ids(roles, Role::id);
        List<Project> projects = new ArrayList<>();
        for (Project project : keep(portfolio.projects(), Project::tags, wanted)) {
            projects.add(project.roleId() == null || roleIds.contains(project.roleId())
                    ? project : project.toBuilder().roleId(null).build());
        }
        Set<String> projectIds = ids(projects, Project::id);
        List<DesignNote> notes = new ArrayList<>();
        for (DesignNote note : keep(portfolio.designNotes(), DesignNote::tags, wanted)) {
            notes.add(withUses(note, projectIds));
        }
        DesignNote systemDesign = portfolio.systemDesign() == null || !kept(portfolio.systemDesign().tags(), wanted)
                ? null : withUses(portfolio.systemDesign(), projectIds);
        List<Skill> skills = keep(portfolio.skills(), Skill::tags, wanted);
        return portfolio.toBuilder().roles(roles).projects(projects).systemDesign(systemDesign).designNotes(notes)
                .skills(skills).buildUnvalidated();
    }

    /** A note whose uses of projects left out are dropped, or kept as plain text when they have their own label. */
    private static DesignNote withUses(DesignNote note, Set<String> projectIds) {
        List<UsedIn> uses = new ArrayList<>();
        for (UsedIn use : note.usedIn()) {
            if (use.project() == null || projectIds.contains(use.project())) {
                uses.add(use);
            } else if (use.label() != null) {
                uses.add(UsedIn.named(use.label(), use.detail()));
            }
        }
        return uses.equals(note.usedIn()) ? note : note.toBuilder().usedIn(uses).build();
    }

    private static <T> List<T> keep(List<T> items, Function<T, List<String>> tags, Set<String> wanted) {
        Predicate<T> kept = item -> kept(tags.apply(item), wanted);
        return items.stream().filter(kept).toList();
    }

    private static boolean kept(List<String> tags, Set<String> wanted) {
        return tags.isEmpty() || tags.stream().anyMatch(wanted::contains);
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
        Set<String> ids = new HashSet<>();
        for (T item : items) {
            if (id.apply(item) != null) {
                ids.add(id.apply(item));
            }
        }
        return ids;
    }
}
