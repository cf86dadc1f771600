package io.github.portfoliosdk.model;

import jakarta.validation.constraints.NotBlank;

/**
 * A labelled callout in a design note ("WHY ASYNC" and its explanation).
 *
 * @param label the label; required
 * @param text the explanation; required
 */
public record Callout(
        @NotBlank @CleanText String label,
        @NotBlank @CleanText String text) {

    /** A callout. */
    public static Callout of(String label, String text) {
        return new Callout(label, text);
    }
}
