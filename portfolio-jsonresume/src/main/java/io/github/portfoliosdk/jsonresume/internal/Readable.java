package io.github.portfoliosdk.jsonresume.internal;

import io.github.portfoliosdk.model.Labels;
import io.github.portfoliosdk.model.Metric;
import io.github.portfoliosdk.model.Project;
import io.github.portfoliosdk.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What JSON Resume themes show of a project or role, in words: a project's description and highlights carry its
 * problem, solution, impact and impact metrics; a role's highlights end with its metrics and technologies. The
 * model's own values go to {@code x-portfolio} when these differ, so an import gets them back exactly. Labels are
 * the English catalogue's ("Problem: ", "Tech: "). Stateless.
 */
final class Readable {

    private static final Labels LABELS = Labels.of(Locale.ENGLISH);

    private Readable() {
    }

    /** The project's description; when it has none, its problem, which says what the project is about. */
    static String projectDescription(Project project) {
        return project.description() != null ? project.description() : project.problem();
    }

    /**
     * "Problem: ..." (unless it is the description), "Solution: ...", "Impact: ...", the impact metrics on one line,
     * then the project's own highlights.
     */
    static List<String> projectHighlights(Project project) {
        List<String> highlights = new ArrayList<>();
        if (project.description() != null) {
            add(highlights, "problem", project.problem());
        }
        add(highlights, "solution", project.solution());
        add(highlights, "impact", project.impact());
        addMetrics(highlights, project.impactMetrics());
        highlights.addAll(project.highlights());
        return highlights;
    }

    /** The role's highlights, then its metrics on one line, then "Tech: " and its technologies. */
    static List<String> roleHighlights(Role role) {
        List<String> highlights = new ArrayList<>(role.highlights());
        addMetrics(highlights, role.metrics());
        if (!role.technologies().isEmpty()) {
            highlights.add(LABELS.text("tech") + ": " + String.join(", ", role.technologies()));
        }
        return highlights;
    }

    private static void add(List<String> highlights, String label, String text) {
        if (text != null) {
            highlights.add(LABELS.text(label) + ": " + text);
        }
    }

    private static void addMetrics(List<String> highlights, List<Metric> metrics) {
        if (!metrics.isEmpty()) {
            highlights.add(metrics.stream().map(m -> m.value() + " " + m.label()).collect(Collectors.joining(" · ")));
        }
    }
}
