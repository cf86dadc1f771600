package io.github.portfoliosdk.model;

/**
 * The fixed words the renderers show besides section titles, each a key of the shared label catalogue
 * ({@link Labels}), which gives their text in the renderer's locale. One set for every format: override one with a
 * renderer builder's {@code label(Label, String)} (HTML, Markdown) and the same word changes wherever it is shown.
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
    HYBRID("work-mode.hybrid"),
    /** A role without title or organization. */
    ROLE("role"),
    /** A volunteering role without title or organization. */
    VOLUNTEERING("volunteering"),
    /** A role's technologies. */
    TECH("tech"),
    /** Who a project was for. */
    FOR("for"),
    /** The link to a project's own page. */
    PROJECT_PAGE("project-page"),
    /** A design note's category. */
    CATEGORY("category"),
    /** Skills table: the skill column. */
    SKILL("skill"),
    /** Skills table: the level column. */
    LEVEL("level"),
    /** Skills table: the keywords column. */
    KEYWORDS("keywords"),
    /** An education entry without institution or degree. */
    EDUCATION("education"),
    /** Contact: the link to the whole portfolio (its canonical URL). */
    FULL_PORTFOLIO("full-portfolio");

    private final String key;

    Label(String key) {
        this.key = key;
    }

    /** The key of this word in the label catalogue ({@link Labels#text(String)}). */
    public String key() {
        return key;
    }

    /** The English text of this word. */
    public String english() {
        return Labels.english(key);
    }
}
