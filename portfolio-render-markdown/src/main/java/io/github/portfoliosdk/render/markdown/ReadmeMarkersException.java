package io.github.portfoliosdk.render.markdown;

/**
 * Thrown by {@link ReadmeUpdater} when a README has no generated-section markers, or markers that are
 * broken (an end without a start, a start twice, an end before its start); the README is left unchanged.
 */
public final class ReadmeMarkersException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String startMarker;
    private final int line;

    /**
     * An exception about the markers starting with {@code startMarker}.
     *
     * @param line the 1-based line of the offending marker, or 0 when a marker is missing
     */
    public ReadmeMarkersException(String message, String startMarker, int line) {
        super(message);
        this.startMarker = startMarker;
        this.line = line;
    }

    /** The start marker looked for, as {@code <!-- portfolio:start -->}. */
    public String startMarker() {
        return startMarker;
    }

    /** The 1-based line of the offending marker, or 0 when a marker is missing. */
    public int line() {
        return line;
    }
}
