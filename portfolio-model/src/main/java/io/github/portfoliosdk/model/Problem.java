package io.github.portfoliosdk.model;

/**
 * One thing wrong with a portfolio or with a file that describes one, located as precisely as known.
 *
 * @param source the file or input name, or null when the portfolio was not read from a file
 * @param line the 1-based line in the source, or 0 when not known
 * @param column the 1-based column in the source, or 0 when not known
 * @param path where in the portfolio, as {@code roles[1].period.end}; empty for the whole document
 * @param message what is wrong, in plain words
 */
public record Problem(String source, int line, int column, String path, String message) {

    /** Normalizes a null path to empty. */
    public Problem {
        path = path == null ? "" : path;
    }

    /** A problem at a path of a portfolio not read from a file. */
    public static Problem at(String path, String message) {
        return new Problem(null, 0, 0, path, message);
    }

    /** The same problem located in a source. */
    public Problem locatedAt(String source, int line, int column) {
        return new Problem(source, line, column, path, message);
    }

    /** Compiler style: {@code file:line:column: path: message}, leaving out the parts not known. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (source != null) {
            text.append(source);
            if (line > 0) {
                text.append(':').append(line);
                if (column > 0) {
                    text.append(':').append(column);
                }
            }
            text.append(": ");
        }
        if (!path.isEmpty()) {
            text.append(path).append(": ");
        }
        return text.append(message).toString();
    }
}
