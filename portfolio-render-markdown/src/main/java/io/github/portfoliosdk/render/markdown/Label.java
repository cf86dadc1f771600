package io.github.portfoliosdk.render.markdown;

/**
 * The fixed words the README shows besides section titles, with their English defaults; override any of them with
 * {@link MarkdownRenderer.Builder#label(Label, String)} to render in another language. The HTML renderer's
 * {@code Label} has the same names for the same words.
 */
public enum Label {
    /** The open end of a period ("Feb 2026 – present"). */
    PRESENT("present"),
    /** A period with only an end ("until 2021"). */
    UNTIL("until"),
    /** Hero fact: where the person is based. */
    LOCATION("Location"),
    /** Hero fact: years of experience. */
    EXPERIENCE("Experience"),
    /** After one year of experience: "1 year". */
    YEAR("year"),
    /** After a number of years: "2+ years". */
    YEARS("years"),
    /** Hero fact: the current employer. */
    CURRENT_ROLE("Current role"),
    /** Hero fact: availability. */
    STATUS("Status"),
    /** A role without title or organization. */
    ROLE("Role"),
    /** A volunteering role without title or organization. */
    VOLUNTEERING("Volunteering"),
    /** The kind of a role that is an internship. */
    INTERNSHIP("Internship"),
    /** A role's technologies. */
    TECH("Tech"),
    /** A project without a name. */
    PROJECT("Project"),
    /** The person's roles in a project. */
    MY_ROLE("Role"),
    /** Who a project was for. */
    FOR("For"),
    /** Where a project was done: the organization of the role it came from. */
    AT("At"),
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
    /** The link to a project's own page. */
    PROJECT_PAGE("Project page"),
    /** A design note's category. */
    CATEGORY("Category"),
    /** Where a design pattern was used. */
    USED_IN("Used in"),
    /** Category of skills that have none. */
    OTHER_SKILLS("Other"),
    /** Heading of the primary technologies. */
    PRIMARY_STACK("Primary stack"),
    /** Skills table: the skill column. */
    SKILL("Skill"),
    /** Skills table: the level column. */
    LEVEL("Level"),
    /** Skills table: the keywords column. */
    KEYWORDS("Keywords"),
    /** An education entry without institution or degree. */
    EDUCATION("Education"),
    /** Education: grade or score. */
    SCORE("Score"),
    /** Education: notable courses. */
    COURSES("Courses"),
    /** Contact: email. */
    EMAIL("Email"),
    /** Contact: phone. */
    PHONE("Phone"),
    /** Contact: website. */
    WEBSITE("Website"),
    /** Contact: a profile without a network name. */
    PROFILE("Profile"),
    /** Contact: the link to the whole portfolio (its canonical URL). */
    FULL_PORTFOLIO("Full portfolio");

    private final String english;

    Label(String english) {
        this.english = english;
    }

    /** The English default text. */
    public String english() {
        return english;
    }
}
