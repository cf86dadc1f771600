package io.github.portfoliosdk.json.internal;

import io.github.portfoliosdk.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds where in the source a problem found by the model's validator stands, by following its path
 * ({@code roles[1].period.end}) through the {@link Tree}. A property that is missing is located at the object
 * that should hold it.
 */
public final class ValidationLocator {

    private static final Set<String> MISSING_MESSAGES = Set.of("must not be null", "must not be blank", "must not be empty");

    private ValidationLocator() {
    }

    /**
     * Locates each validation problem in the tree and adds it, unless a problem found while reading already
     * concerns the same value (its path or one above it), which would say the same thing twice, or a value inside
     * it: a role whose misspelt {@code Title} was reported is not also "without a title".
     */
    public static void addLocated(List<Problem> validation, Tree root, Problems problems) {
        List<String> readPaths = problems.list().stream().map(Problem::path).toList();
        for (Problem problem : validation) {
            if (coveredBy(problem.path(), readPaths)) {
                continue;
            }
            Found found = find(root, problem.path());
            String message = problem.message();
            if (!found.exact() && MISSING_MESSAGES.contains(message)) {
                message = "is required";
            }
            problems.add(found.tree().position(), problem.path(), message);
        }
    }

    /** Where the value at this path stands, or the nearest value above it that is there. */
    public static Tree.Position locate(Tree root, String path) {
        return find(root, path).tree().position();
    }

    private static boolean coveredBy(String path, List<String> readPaths) {
        for (String read : readPaths) {
            if (path.equals(read) || within(path, read) || within(read, path)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code path} names a value inside the one {@code outer} names (never inside the whole document). */
    private static boolean within(String path, String outer) {
        return !outer.isEmpty() && path.length() > outer.length() && path.startsWith(outer)
                && (path.charAt(outer.length()) == '.' || path.charAt(outer.length()) == '[');
    }

    private static Found find(Tree root, String path) {
        Tree current = root;
        for (Object step : steps(path)) {
            Tree next = null;
            if (step instanceof String name && current instanceof Tree.Mapping mapping) {
                Tree.Entry entry = mapping.get(name);
                next = entry == null ? null : entry.value();
            } else if (step instanceof Integer index && current instanceof Tree.Sequence sequence
                    && index < sequence.items().size()) {
                next = sequence.items().get(index);
            }
            if (next == null || isNull(next)) {
                return new Found(current, false);
            }
            current = next;
        }
        return new Found(current, true);
    }

    private static boolean isNull(Tree tree) {
        return tree instanceof Tree.Scalar scalar && scalar.kind() == Tree.ScalarKind.NULL;
    }

    /** The names and indexes of a path: {@code roles[1].period} is "roles", 1, "period". */
    private static List<Object> steps(String path) {
        List<Object> steps = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '.' || c == '[') {
                if (!name.isEmpty()) {
                    steps.add(name.toString());
                    name.setLength(0);
                }
                if (c == '[') {
                    int end = path.indexOf(']', i);
                    String index = path.substring(i + 1, end);
                    steps.add(index.chars().allMatch(Character::isDigit) && !index.isEmpty() ? (Object) Integer.valueOf(index) : index);
                    i = end;
                }
            } else {
                name.append(c);
            }
        }
        if (!name.isEmpty()) {
            steps.add(name.toString());
        }
        return steps;
    }

    private record Found(Tree tree, boolean exact) {
    }
}
