package io.github.portfoliosdk.model.internal;

import io.github.portfoliosdk.model.ConsistentReferences;
import io.github.portfoliosdk.model.CustomSection;
import io.github.portfoliosdk.model.DesignNote;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Project;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.model.UsedIn;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import io.github.portfoliosdk.model.internal.text.Suggestions;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks {@link ConsistentReferences}: role, project, custom-section and design-note ids are unique (a custom
 * section's id also follows {@link Section#idProblem(String)}'s rule) (design notes share one
 * namespace with the system-design note), every {@code usedIn.project} names a project and every
 * {@code roleId} names a role. A reference that names nothing suggests the id it probably meant ("did you mean
 * 'dropout-radar'?"), or else lists the first known ids.
 */
public final class ConsistentReferencesValidator implements ConstraintValidator<ConsistentReferences, Portfolio> {

    /** How many known ids a message lists when none is close to the unknown one. */
    private static final int LISTED_IDS = 5;

    @Override
    public boolean isValid(Portfolio portfolio, ConstraintValidatorContext context) {
        if (portfolio == null) {
            return true;
        }
        Violations violations = new Violations(context);
        Map<String, String> roleIds = uniqueIds(portfolio.roles().stream().map(Role::id).toList(), "roles", violations);
        Map<String, String> projectIds = uniqueIds(portfolio.projects().stream().map(Project::id).toList(),
                "projects", violations);
        uniqueIds(portfolio.customSections().stream().map(CustomSection::id).toList(),
                "customSections", violations);
        int index = 0;
        for (CustomSection section : portfolio.customSections()) {
            String problem = section.id() == null || section.id().isBlank() ? null : Section.idProblem(section.id());
            if (problem != null) {
                violations.add("section id '" + section.id() + "' " + problem, "customSections", index, "id");
            }
            index++;
        }
        Map<String, String> noteIds = new HashMap<>();
        if (portfolio.systemDesign() != null && portfolio.systemDesign().id() != null) {
            noteIds.put(portfolio.systemDesign().id(), "systemDesign.id");
        }
        List<DesignNote> notes = portfolio.designNotes();
        for (int i = 0; i < notes.size(); i++) {
            String id = notes.get(i).id();
            if (id == null) {
                continue;
            }
            String earlier = noteIds.putIfAbsent(id, "designNotes[" + i + "].id");
            if (earlier != null) {
                violations.add("duplicate id '" + id + "', also used by " + earlier, "designNotes", i, "id");
            }
        }
        for (int i = 0; i < portfolio.projects().size(); i++) {
            String roleId = portfolio.projects().get(i).roleId();
            if (roleId != null && !roleIds.containsKey(roleId)) {
                violations.add(unknown("role", roleId, roleIds.keySet()), "projects", i, "roleId");
            }
        }
        if (portfolio.systemDesign() != null) {
            checkUsedIn(portfolio.systemDesign().usedIn(), projectIds, violations, "systemDesign", -1);
        }
        for (int i = 0; i < notes.size(); i++) {
            checkUsedIn(notes.get(i).usedIn(), projectIds, violations, "designNotes", i);
        }
        return violations.none();
    }

    private static Map<String, String> uniqueIds(List<String> ids, String list, Violations violations) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null) {
                continue;
            }
            String earlier = seen.putIfAbsent(id, list + "[" + i + "].id");
            if (earlier != null) {
                violations.add("duplicate id '" + id + "', also used by " + earlier, list, i, "id");
            }
        }
        return seen;
    }

    private static void checkUsedIn(List<UsedIn> uses, Map<String, String> projectIds, Violations violations,
            String owner, int ownerIndex) {
        for (int k = 0; k < uses.size(); k++) {
            String project = uses.get(k).project();
            if (project != null && !projectIds.containsKey(project)) {
                String message = unknown("project", project, projectIds.keySet());
                if (ownerIndex < 0) {
                    violations.context.buildConstraintViolationWithTemplate(Templates.literal(message))
                            .addPropertyNode(owner)
                            .addPropertyNode("usedIn")
                            .addPropertyNode("project").inIterable().atIndex(k)
                            .addConstraintViolation();
                } else {
                    violations.context.buildConstraintViolationWithTemplate(Templates.literal(message))
                            .addPropertyNode(owner)
                            .addPropertyNode("usedIn").inIterable().atIndex(ownerIndex)
                            .addPropertyNode("project").inIterable().atIndex(k)
                            .addConstraintViolation();
                }
                violations.count++;
            }
        }
    }

    /**
     * "no role has the id 'x'", then what the id was probably meant to be, or else the first known ids in
     * document order, so that the message says how to fix it.
     */
    static String unknown(String kind, String id, Collection<String> known) {
        StringBuilder message = new StringBuilder("no ").append(kind).append(" has the id '").append(id).append('\'');
        Optional<String> closest = Suggestions.closest(id, known);
        if (closest.isPresent()) {
            return message.append(" (did you mean '").append(closest.get()).append("'?)").toString();
        }
        if (known.isEmpty()) {
            return message.append(" (no ").append(kind).append(" has an id)").toString();
        }
        message.append("; known ids: ");
        int listed = 0;
        for (String candidate : known) {
            if (listed == LISTED_IDS) {
                return message.append(", and ").append(known.size() - LISTED_IDS).append(" more").toString();
            }
            message.append(listed == 0 ? "" : ", ").append('\'').append(candidate).append('\'');
            listed++;
        }
        return message.toString();
    }

    private static final class Violations {
        private final ConstraintValidatorContext context;
        private int count;

        Violations(ConstraintValidatorContext context) {
            this.context = context;
            context.disableDefaultConstraintViolation();
        }

        void add(String message, String list, int index, String property) {
            context.buildConstraintViolationWithTemplate(Templates.literal(message))
                    .addPropertyNode(list)
                    .addPropertyNode(property).inIterable().atIndex(index)
                    .addConstraintViolation();
            count++;
        }

        boolean none() {
            return count == 0;
        }
    }
}
