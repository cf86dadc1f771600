package io.github.portfoliosdk.model;


/**
 * Metadata about the portfolio document itself.
 *
 * @param canonical the canonical URL of the published portfolio, or null
 * @param version a version of the document, or null
 * @param lastModified when it was last modified, as written (ISO 8601 recommended), or null
 */
public record Meta(
        @WebUrl String canonical,
        @CleanText String version,
        @CleanText String lastModified) {
}
