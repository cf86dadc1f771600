package io.github.portfoliosdk.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The sections a portfolio renders as, in their default order; renderers let users pick, reorder and
 * retitle them. Sections with nothing to show are left out.
 */
public enum Section {
    /** Name, headline, tagline, facts and headline metrics. */
    HERO("Hero"),
    /** The "about me" paragraphs. */
    ABOUT("About me"),
    /** Jobs and internships. */
    WORK("Work history"),
    /** Selected projects. */
    PROJECTS("Selected projects"),
    /** The featured system-design overview. */
    SYSTEM_DESIGN("System design"),
    /** System-design notes. */
    DESIGN_NOTES("System design notes"),
    /** Skills by category, primary stack and stack metrics. */
    SKILLS("Tech stack"),
    /** What the person is focused on now. */
    FOCUS("What I'm focused on"),
    /** Education. */
    EDUCATION("Education"),
    /** Volunteering roles. */
    VOLUNTEERING("Volunteering"),
    /** Certificates. */
    CERTIFICATES("Certificates"),
    /** Awards. */
    AWARDS("Awards"),
    /** Publications. */
    PUBLICATIONS("Publications"),
    /** Spoken languages. */
    LANGUAGES("Languages"),
    /** Interests. */
    INTERESTS("Interests"),
    /** References. */
    REFERENCES("References"),
    /** Contact details and profiles. */
    CONTACT("Get in touch");

    private final String title;
    private final String id;

    Section(String title) {
        this.title = title;
        this.id = name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The default English title ("Work history"). */
    public String title() {
        return title;
    }

    /** The id used on command lines and in anchors: "work", "system-design". */
    public String id() {
        return id;
    }

    /** The section with this {@link #id()} (or enum name), ignoring case; empty when there is none. */
    public static Optional<Section> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Section section : values()) {
            if (section.id().equals(wanted)) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }
}
