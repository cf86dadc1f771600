package io.github.portfoliosdk.model;


/**
 * A reference: a testimonial and who gave it.
 *
 * @param name who gave it, or null
 * @param reference what they said, or null
 */
public record Reference(
        @CleanText String name,
        @CleanText String reference) {

    /** A reference. */
    public static Reference of(String name, String reference) {
        return new Reference(name, reference);
    }
}
