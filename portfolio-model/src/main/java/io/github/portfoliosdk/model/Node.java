package io.github.portfoliosdk.model;

import jakarta.validation.constraints.NotBlank;

/**
 * A box in a {@link Flow}: a name and an optional caption ("Nginx" / "API Gateway / Reverse Proxy").
 *
 * @param name the name; required
 * @param caption a caption, or null
 */
public record Node(
        @NotBlank @CleanText String name,
        @CleanText String caption) {

    /** A node without caption. */
    public static Node of(String name) {
        return new Node(name, null);
    }

    /** A node with a caption. */
    public static Node of(String name, String caption) {
        return new Node(name, caption);
    }
}
