package io.github.portfoliosdk.model;

/** Where the work of a {@link Role} was done. */
public enum WorkMode {
    /** At the organization's premises. */
    ONSITE("On-site"),
    /** Remotely. */
    REMOTE("Remote"),
    /** Partly on-site, partly remote. */
    HYBRID("Hybrid");

    private final String displayName;

    WorkMode(String displayName) {
        this.displayName = displayName;
    }

    /** How to show it in English ("Remote"). */
    public String displayName() {
        return displayName;
    }
}
