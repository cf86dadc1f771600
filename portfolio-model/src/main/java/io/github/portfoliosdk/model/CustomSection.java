package io.github.portfoliosdk.model;

import io.github.portfoliosdk.model.internal.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;

/**
 * A section of the user's own in the data ("Talks", "Open source", "Patents"): an id, a title and a list of entries.
 * Renderers place it like a built-in section ({@link #section()}); by default after the built-in content sections
 * and before contact.
 *
 * @param id the section's id, as {@link Section#custom(String, String)} takes it ({@code talks}); unique in the
 *     portfolio and not a built-in section's id; required
 * @param title the section's heading ("Talks"); required
 * @param entries the entries, in display order
 */
public record CustomSection(
        @NotBlank String id,
        @NotBlank @CleanText String title,
        List<@Valid CustomEntry> entries) {

    /** Copies the entries (null becomes empty), so the record stays immutable. */
    public CustomSection {
        entries = Lists.copy(entries, "entries");
    }

    /**
     * The {@link Section} this data renders as, to list in a renderer's {@code sections(...)}.
     *
     * @throws IllegalArgumentException when the id or title is not valid (a validated portfolio's never is)
     */
    public Section section() {
        return Section.custom(id, title);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this section's values, for making an edited copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.title = title;
        b.entries.addAll(entries);
        return b;
    }

    /** Builds a {@link CustomSection} step by step; not thread-safe, use one per thread. */
    public static final class Builder {
        private String id;
        private String title;
        private final ArrayList<CustomEntry> entries = new ArrayList<>();

        private Builder() {
        }

        /** Sets the id. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets the title. */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** Replaces the entries with these. */
        public Builder entries(List<CustomEntry> entries) {
            Lists.replace(this.entries, entries, "entries");
            return this;
        }

        /** Adds to the entries. */
        public Builder addEntry(CustomEntry entry) {
            Lists.add(this.entries, entry, "entries");
            return this;
        }

        /** Builds the section; checked when the portfolio holding it is validated. */
        public CustomSection build() {
            return new CustomSection(id, title, entries);
        }
    }
}
