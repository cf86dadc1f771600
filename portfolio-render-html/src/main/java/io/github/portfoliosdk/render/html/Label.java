package io.github.portfoliosdk.render.html;

import io.github.portfoliosdk.model.Labels;

/**
 * The fixed words the page shows besides section titles, each a key of the shared label catalogue ({@link Labels}),
 * which gives their text in the renderer's locale; override one with the builder's {@code label(Label, String)}. The
 * Markdown renderer's {@code Label} has the same names for the same words.
 */
public enum Label {
    /** The open end of a period ("Feb 2026 – present"). */
    PRESENT("present"),
    /** A period with an end only ("until 2021"). */
    UNTIL("until"),
    /** The years-of-experience phrase, "{0} years", in the plural form CLDR chooses for the number. */
    YEARS("experience.years"),
    /** Hero fact: where the person is based. */
    LOCATION("location"),
    /** Hero fact: years of experience. */
    EXPERIENCE("experience"),
    /** Experience under a year. */
    UNDER_A_YEAR("under-a-year"),
    /** Hero fact: the current employer. */
    CURRENT_ROLE("current-role"),
    /** Hero fact: availability. */
    STATUS("status"),
    /** Accessible name of the headline metrics strip. */
    KEY_FIGURES("key-figures"),
    /** Accessible name of the section navigation. */
    SECTIONS("sections"),
    /** The skip link of a page. */
    SKIP_TO_CONTENT("skip-to-content"),
    /** A project's problem. */
    PROBLEM("problem"),
    /** A project's solution. */
    SOLUTION("solution"),
    /** A project's architecture diagram. */
    ARCHITECTURE("architecture"),
    /** A project's technologies. */
    TECH_STACK("tech-stack"),
    /** A project's impact. */
    IMPACT("impact"),
    /** A project's further links. */
    LINKS("links"),
    /** The person's roles in a project. */
    MY_ROLE("my-role"),
    /** Where a project was done: the organization of the role it came from ("At Acme"). */
    AT("at"),
    /** The kind of a role that is an internship. */
    INTERNSHIP("internship"),
    /** Prefix of a project's number ("Project 01"). */
    PROJECT("project"),
    /** Prefix of a design note's number ("Note 01"). */
    NOTE("note"),
    /** Where a design pattern was used. */
    USED_IN("used-in"),
    /** Heading of the primary technologies. */
    PRIMARY_STACK("primary-stack"),
    /** Category of skills that have none. */
    OTHER_SKILLS("other-skills"),
    /** Contact: email. */
    EMAIL("email"),
    /** Contact: phone. */
    PHONE("phone"),
    /** Contact: website. */
    WEBSITE("website"),
    /** Contact: a profile without a network name. */
    PROFILE("profile"),
    /** Education: grade or score. */
    SCORE("score"),
    /** Education: notable courses. */
    COURSES("courses"),
    /** Accessible name of a flow diagram without a title. */
    FLOW("flow"),
    /** Skill level: beginner. */
    BEGINNER("level.beginner"),
    /** Skill level: intermediate. */
    INTERMEDIATE("level.intermediate"),
    /** Skill level: advanced. */
    ADVANCED("level.advanced"),
    /** Skill level: expert. */
    EXPERT("level.expert"),
    /** Work mode: on-site. */
    ONSITE("work-mode.onsite"),
    /** Work mode: remote. */
    REMOTE("work-mode.remote"),
    /** Work mode: hybrid. */
    HYBRID("work-mode.hybrid");

    private final String key;

    Label(String key) {
        this.key = key;
    }

    /** Its key in the label catalogue ({@link Labels}), shared with the other renderers. */
    public String key() {
        return key;
    }

    /** The English text, from the English catalogue; for {@link #YEARS} the form for many, with {@code {0}} for the number. */
    public String english() {
        return Labels.english(key);
    }
}
