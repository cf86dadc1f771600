package io.github.portfoliosdk.model;

import jakarta.validation.constraints.NotNull;

/**
 * A labelled hyperlink.
 *
 * @param label link text, or null to show the URL
 * @param url absolute http(s) URL; required
 */
public record Link(
        @CleanText String label,
        @NotNull @WebUrl String url) {

    /** A link. */
    public static Link of(String label, String url) {
        return new Link(label, url);
    }
}
