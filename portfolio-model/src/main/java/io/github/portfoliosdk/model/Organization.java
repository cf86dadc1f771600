package io.github.portfoliosdk.model;


/**
 * The organization a role was held at.
 *
 * @param name full name ("Trames Private Limited"), or null
 * @param shortName short name for tight spaces ("Trames Pvt Ltd"), or null
 * @param url website, or null
 * @param description what the organization does, or null
 */
public record Organization(
        @CleanText String name,
        @CleanText String shortName,
        @WebUrl String url,
        @CleanText String description) {

    /** An organization known only by its name. */
    public static Organization named(String name) {
        return new Organization(name, null, null, null);
    }

    /** The full name when there is one, else the short name; may be null. */
    public String fullName() {
        return name != null && !name.isBlank() ? name : shortName;
    }

    /** The short name when there is one, else the full name; may be null. */
    public String displayName() {
        return shortName != null && !shortName.isBlank() ? shortName : name;
    }
}
