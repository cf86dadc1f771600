package io.github.portfoliosdk.render.html;

/**
 * The fixed words the page shows besides section titles, with their English defaults; override any of them
 * with {@link HtmlRenderer.Builder#label(Label, String)} to render in another language.
 */
public enum Label {
    /** The open end of a period ("Feb 2026 — Present"). */
    PRESENT("Present"),
    /** Hero fact: where the person is based. */
    LOCATION("Location"),
    /** Hero fact: years of experience. */
    EXPERIENCE("Experience"),
    /** After a number of years: "2+ Years". */
    YEARS("Years"),
    /** After one year: "1 Year". */
    YEAR("Year"),
    /** Experience under a year. */
    UNDER_A_YEAR("Under a year"),
    /** Hero fact: the current employer. */
    CURRENT_ROLE("Current role"),
    /** Hero fact: availability. */
    STATUS("Status"),
    /** Accessible name of the headline metrics strip. */
    KEY_FIGURES("Key figures"),
    /** Accessible name of the section navigation. */
    SECTIONS("Sections"),
    /** The skip link of a page. */
    SKIP_TO_CONTENT("Skip to content"),
    /** A project's problem. */
    PROBLEM("Problem"),
    /** A project's solution. */
    SOLUTION("Solution"),
    /** A project's architecture diagram. */
    ARCHITECTURE("Architecture"),
    /** A project's technologies. */
    TECH_STACK("Tech stack"),
    /** A project's impact. */
    IMPACT("Impact"),
    /** A project's further links. */
    LINKS("Links"),
    /** The person's roles in a project. */
    MY_ROLE("My role"),
    /** Where a project was done: the organization of the role it came from ("At Acme"). */
    AT("At"),
    /** The kind of a role that is an internship. */
    INTERNSHIP("Internship"),
    /** Prefix of a project's number ("Project 01"). */
    PROJECT("Project"),
    /** Prefix of a design note's number ("Note 01"). */
    NOTE("Note"),
    /** Where a design pattern was used. */
    USED_IN("Used in"),
    /** Heading of the primary technologies. */
    PRIMARY_STACK("Primary stack"),
    /** Category of skills that have none. */
    OTHER_SKILLS("Other"),
    /** Contact: email. */
    EMAIL("Email"),
    /** Contact: phone. */
    PHONE("Phone"),
    /** Contact: website. */
    WEBSITE("Website"),
    /** Contact: a profile without a network name. */
    PROFILE("Profile"),
    /** Education: grade or score. */
    SCORE("Score"),
    /** Education: notable courses. */
    COURSES("Courses"),
    /** Accessible name of a flow diagram without a title. */
    FLOW("Flow");

    private final String english;

    Label(String english) {
        this.english = english;
    }

    /** The English default text. */
    public String english() {
        return english;
    }
}
