package io.github.portfoliosdk.model.internal.output;

import io.github.portfoliosdk.model.Section;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The rule the HTML and Markdown builders share for the sections a user lists; not part of the API. */
public final class SectionLists {

    private SectionLists() {
    }

    /**
     * An immutable copy of the sections to render, in the order given.
     *
     * @throws IllegalArgumentException when none is given or one is listed twice
     * @throws NullPointerException when the list is or holds null
     */
    public static List<Section> checked(List<Section> sections) {
        Objects.requireNonNull(sections, "sections");
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("sections: at least one section is needed");
        }
        Set<Section> unique = EnumSet.noneOf(Section.class);
        for (Section section : sections) {
            if (!unique.add(Objects.requireNonNull(section, "sections must not hold null"))) {
                throw new IllegalArgumentException("sections: " + section.id() + " is listed twice");
            }
        }
        return List.copyOf(sections);
    }
}
