package io.github.portfoliosdk.model;


/**
 * Where a design note's pattern was used: a project on the same portfolio, or free text, with an optional detail.
 *
 * @param project the {@link Project#id()} of a project in this portfolio, or null
 * @param label text to show; when null, the referenced project's name is shown
 * @param detail a detail shown after it ("Razorpay / PayU payment confirmations"), or null
 */
@UsedInTarget
public record UsedIn(
        @CleanText String project,
        @CleanText String label,
        @CleanText String detail) {

    /** A use in a project of this portfolio. */
    public static UsedIn project(String projectId, String detail) {
        return new UsedIn(projectId, null, detail);
    }

    /** A use named in free text (not a project of this portfolio). */
    public static UsedIn named(String label, String detail) {
        return new UsedIn(null, label, detail);
    }
}
