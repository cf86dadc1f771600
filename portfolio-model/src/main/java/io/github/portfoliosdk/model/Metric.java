package io.github.portfoliosdk.model;

import jakarta.validation.constraints.NotBlank;

/**
 * A headline figure: a value and what it counts ("200K+" / "Users Served").
 *
 * @param value the figure as shown ("200K+", "~0"); required
 * @param label what the figure counts; required
 */
public record Metric(
        @NotBlank @CleanText String value,
        @NotBlank @CleanText String label) {

    /** A metric. */
    public static Metric of(String value, String label) {
        return new Metric(value, label);
    }
}
