package io.github.portfoliosdk.model.internal;

import io.github.portfoliosdk.model.ConsistentReferences;
import io.github.portfoliosdk.model.DesignNote;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Project;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.model.UsedIn;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks {@link ConsistentReferences}: role, project and design-note ids are unique (design notes share one
 * namespace with the system-design note), every {@code usedIn.project} names a project and every
 * {@code roleId} names a role.
 */
public final class ConsistentReferencesValidator implements ConstraintValidator<ConsistentReferences, Portfolio> {

    @Override
    public boolean isValid(Portfolio portfolio, ConstraintValidatorContext context) {
        if (portfolio == null) {
            return true;
        }
        Violations violations = new Violations(context);
        Map<String, String> roleIds = uniqueIds(portfolio.roles().stream().map(Role::id).toList(), "roles", violations);
        Map<String, String> projectIds = uniqueIds(portfolio.projects().stream().map(Project::id).toList(),
                "projects", violations);
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
                violations.add("no role has the id '" + roleId + "'", "projects", i, "roleId");
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
        Map<String, String> seen = new HashMap<>();
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
                String message = "no project has the id '" + project + "'";
                if (ownerIndex < 0) {
                    violations.context.buildConstraintViolationWithTemplate(escape(message))
                            .addPropertyNode(owner)
                            .addPropertyNode("usedIn")
                            .addPropertyNode("project").inIterable().atIndex(k)
                            .addConstraintViolation();
                } else {
                    violations.context.buildConstraintViolationWithTemplate(escape(message))
                            .addPropertyNode(owner)
                            .addPropertyNode("usedIn").inIterable().atIndex(ownerIndex)
                            .addPropertyNode("project").inIterable().atIndex(k)
                            .addConstraintViolation();
                }
                violations.count++;
            }
        }
    }

    /** Message templates treat braces, dollar and backslash specially; user ids must read literally. */
    private static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }

    private static final class Violations {
        private final ConstraintValidatorContext context;
        private int count;

        Violations(ConstraintValidatorContext context) {
            this.context = context;
            context.disableDefaultConstraintViolation();
        }

        void add(String message, String list, int index, String property) {
            context.buildConstraintViolationWithTemplate(escape(message))
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
