package io.github.portfoliosdk.model;

import jakarta.validation.constraints.NotBlank;

/**
 * One thing the person is currently focused on ("Deepening system design").
 *
 * @param title short title; required
 * @param text a sentence or two, or null
 */
public record FocusItem(
        @NotBlank @CleanText String title,
        @CleanText String text) {

    /** A focus item. */
    public static FocusItem of(String title, String text) {
        return new FocusItem(title, text);
    }
}
