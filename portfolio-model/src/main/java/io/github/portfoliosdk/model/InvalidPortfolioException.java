package io.github.portfoliosdk.model;

import java.util.List;

/**
 * Thrown when a portfolio, or a file describing one, has problems; carries every problem found, not
 * just the first. The message lists them one per line.
 */
public final class InvalidPortfolioException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Not serialized with the exception: problems are plain values rebuilt from the message if needed. */
    private final transient List<Problem> problems;

    /**
     * An exception for these problems.
     *
     * @param problems at least one problem
     */
    public InvalidPortfolioException(List<Problem> problems) {
        super(message(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid portfolio has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in document order where known. */
    public List<Problem> problems() {
        return problems;
    }

    private static String message(List<Problem> problems) {
        StringBuilder message = new StringBuilder()
                .append(problems.size() == 1 ? "1 problem" : problems.size() + " problems");
        for (Problem problem : problems) {
            message.append(System.lineSeparator()).append(problem);
        }
        return message.toString();
    }
}
