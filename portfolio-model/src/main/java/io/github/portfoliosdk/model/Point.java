package io.github.portfoliosdk.model;

import jakarta.validation.constraints.NotBlank;

/**
 * One numbered point of a design note ("Request flow" and its explanation).
 *
 * @param title the point's title; required
 * @param text the explanation, or null
 */
public record Point(
        @NotBlank @CleanText String title,
        @CleanText String text) {

    /** A point. */
    public static Point of(String title, String text) {
        return new Point(title, text);
    }
}
