package io.github.portfoliosdk.json.internal;

import io.github.portfoliosdk.model.InvalidPortfolioException;
import io.github.portfoliosdk.model.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one source while it is read, each located; not thread-safe, one per read. */
public final class Problems {

    private final String source;
    private final List<Problem> problems = new ArrayList<>();

    /** Problems of the source with this name (a file name, say). */
    public Problems(String source) {
        this.source = source;
    }

    /** The source name given. */
    public String source() {
        return source;
    }

    /** Records a problem at this position and path. */
    public void add(Tree.Position position, String path, String message) {
        problems.add(new Problem(source, position.line(), position.column(), path, message));
    }

    /** Whether none was recorded. */
    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** The problems so far, in the order recorded. */
    public List<Problem> list() {
        return List.copyOf(problems);
    }

    /** Throws every recorded problem, in document order, as one exception; does nothing when there is none. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidPortfolioException(inDocumentOrder(problems));
        }
    }

    /** The problems sorted by line and column, keeping the recorded order for ties. */
    static List<Problem> inDocumentOrder(List<Problem> problems) {
        return problems.stream()
                .sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column))
                .toList();
    }
}
