package io.github.portfoliosdk.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A section a portfolio renders as: an id ({@code work}, {@code talks}) and a default title. The built-in sections
 * are the constants below; a section of the user's own ({@link #custom(String, String)}) is placed, ordered, retitled
 * and given renderers through the same builder methods as a built-in one. Two sections are equal when their ids are.
 * Immutable and thread-safe. Sections with nothing to show are left out.
 */
public final class Section {

    /** What an id looks like: lower-case letters and digits, words joined by single hyphens, at most 40 characters. */
    public static final String ID_PATTERN = "[a-z][a-z0-9]*(-[a-z0-9]+)*";

    private static final Pattern ID = Pattern.compile(ID_PATTERN);
    private static final int MAX_ID_LENGTH = 40;

    /** Name, headline, tagline, facts and headline metrics. */
    public static final Section HERO = new Section("hero", "Hero", true);
    /** The "about me" paragraphs. */
    public static final Section ABOUT = new Section("about", "About me", true);
    /** Jobs and internships. */
    public static final Section WORK = new Section("work", "Work history", true);
    /** Selected projects. */
    public static final Section PROJECTS = new Section("projects", "Selected projects", true);
    /** The featured system-design overview. */
    public static final Section SYSTEM_DESIGN = new Section("system-design", "System design", true);
    /** System-design notes. */
    public static final Section DESIGN_NOTES = new Section("design-notes", "System design notes", true);
    /** Skills by category, primary stack and stack metrics. */
    public static final Section SKILLS = new Section("skills", "Tech stack", true);
    /** What the person is focused on now. */
    public static final Section FOCUS = new Section("focus", "What I'm focused on", true);
    /** Education. */
    public static final Section EDUCATION = new Section("education", "Education", true);
    /** Volunteering roles. */
    public static final Section VOLUNTEERING = new Section("volunteering", "Volunteering", true);
    /** Certificates. */
    public static final Section CERTIFICATES = new Section("certificates", "Certificates", true);
    /** Awards. */
    public static final Section AWARDS = new Section("awards", "Awards", true);
    /** Publications. */
    public static final Section PUBLICATIONS = new Section("publications", "Publications", true);
    /** Spoken languages. */
    public static final Section LANGUAGES = new Section("languages", "Languages", true);
    /** Interests. */
    public static final Section INTERESTS = new Section("interests", "Interests", true);
    /** References. */
    public static final Section REFERENCES = new Section("references", "References", true);
    /** Contact details and profiles. */
    public static final Section CONTACT = new Section("contact", "Get in touch", true);

    /** The built-in sections in their default order; the only list of them. */
    private static final List<Section> BUILT_IN = List.of(HERO, ABOUT, WORK, PROJECTS, SYSTEM_DESIGN, DESIGN_NOTES,
            SKILLS, FOCUS, EDUCATION, VOLUNTEERING, CERTIFICATES, AWARDS, PUBLICATIONS, LANGUAGES, INTERESTS,
            REFERENCES, CONTACT);

    private final String id;
    private final String title;
    private final boolean builtIn;

    private Section(String id, String title, boolean builtIn) {
        this.id = id;
        this.title = title;
        this.builtIn = builtIn;
    }

    /**
     * A section of the user's own, such as {@code custom("talks", "Talks")}: its id names it on command lines and in
     * anchors ({@code #talks}), its title is the heading unless a renderer or the label catalogue
     * ({@code section.talks}) gives another.
     *
     * @throws IllegalArgumentException when the id is not {@link #ID_PATTERN}, is a built-in section's id, or the
     *     title is blank
     */
    public static Section custom(String id, String title) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        String problem = idProblem(id);
        if (problem != null) {
            throw new IllegalArgumentException("section id '" + id + "' " + problem);
        }
        if (title.isBlank()) {
            throw new IllegalArgumentException("the title of section " + id + " must not be blank");
        }
        return new Section(id, title.strip(), false);
    }

    /**
     * What is wrong with an id for a section of the user's own ("is the id of a built-in section"), or null when it
     * is fine; the rule {@link #custom(String, String)} and the portfolio's validation share.
     */
    public static String idProblem(String id) {
        if (id == null || id.length() > MAX_ID_LENGTH || !ID.matcher(id).matches()) {
            return "must be lower-case letters and digits in words joined by hyphens (talks, open-source), at most "
                    + MAX_ID_LENGTH + " characters";
        }
        if (fromId(id).isPresent()) {
            return "is the id of a built-in section";
        }
        return null;
    }

    /** The built-in sections in their default order, hero first and contact last. */
    public static List<Section> defaultOrder() {
        return BUILT_IN;
    }

    /** The built-in section with this id (or constant name), ignoring case; empty when there is none. */
    public static Optional<Section> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Section section : BUILT_IN) {
            if (section.id.equals(wanted)) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }

    /**
     * The section a command line or build file names: the built-in one with this id (see {@link #fromId(String)}),
     * else a section of the user's own with this id, titled by the portfolio's custom section of that id when
     * rendered; empty when the id is valid for neither. A renderer refuses to render a portfolio that has no
     * custom section with the id of such a section.
     */
    public static Optional<Section> parse(String id) {
        Optional<Section> builtIn = fromId(id);
        if (builtIn.isPresent() || id == null) {
            return builtIn;
        }
        String wanted = id.strip();
        return idProblem(wanted) == null ? Optional.of(new Section(wanted, wanted, false)) : Optional.empty();
    }

    /** The id used on command lines and in anchors: "work", "system-design", "talks". */
    public String id() {
        return id;
    }

    /** The default title: English for a built-in section ("Work history"), the user's own for a custom one. */
    public String title() {
        return title;
    }

    /** The key of the title in the label catalogue: {@code section.<id>}. */
    public String titleKey() {
        return "section." + id;
    }

    /** The title in a catalogue: its {@link #titleKey()} text when the catalogue has one, else {@link #title()}. */
    public String title(Labels labels) {
        return labels.find(titleKey()).orElse(title);
    }

    /** Whether this is one of the built-in sections (constants of this class) rather than a user's own. */
    public boolean isBuiltIn() {
        return builtIn;
    }

    /** Equal when the ids are. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Section section && id.equals(section.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** The id. */
    @Override
    public String toString() {
        return id;
    }
}
