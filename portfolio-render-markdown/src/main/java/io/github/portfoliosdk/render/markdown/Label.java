package io.github.portfoliosdk.render.markdown;

import io.github.portfoliosdk.model.Labels;

/**
 * The fixed words the README shows besides section titles, each a key of the shared label catalogue ({@link Labels}),
 * which gives their text in the renderer's locale; override one with the builder's {@code label(Label, String)}. The
 * HTML renderer's {@code Label} has the same names for the same words.
 */
public enum Label {
    /** The open end of a period ("Feb 2026 – present"). */
    PRESENT("present"),
    /** The years-of-experience phrase, "{0} years", in the plural form CLDR chooses for the number. */
    YEARS("experience.years"),
    /** A period with only an end ("until 2021"). */
    UNTIL("until"),
    /** Hero fact: where the person is based. */
    LOCATION("location"),
    /** Hero fact: years of experience. */
    EXPERIENCE("experience"),
    /** Hero fact: the current employer. */
    CURRENT_ROLE("current-role"),
    /** Hero fact: availability. */
    STATUS("status"),
    /** A role without title or organization. */
    ROLE("role"),
    /** A volunteering role without title or organization. */
    VOLUNTEERING("volunteering"),
    /** The kind of a role that is an internship. */
    INTERNSHIP("internship"),
    /** A role's technologies. */
    TECH("tech"),
    /** A project without a name. */
    PROJECT("project"),
    /** The person's roles in a project. */
    MY_ROLE("role"),
    /** Who a project was for. */
    FOR("for"),
    /** Where a project was done: the organization of the role it came from. */
    AT("at"),
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
    /** The link to a project's own page. */
    PROJECT_PAGE("project-page"),
    /** A design note's category. */
    CATEGORY("category"),
    /** Where a design pattern was used. */
    USED_IN("used-in"),
    /** Category of skills that have none. */
    OTHER_SKILLS("other-skills"),
    /** Heading of the primary technologies. */
    PRIMARY_STACK("primary-stack"),
    /** Skills table: the skill column. */
    SKILL("skill"),
    /** Skills table: the level column. */
    LEVEL("level"),
    /** Skills table: the keywords column. */
    KEYWORDS("keywords"),
    /** An education entry without institution or degree. */
    EDUCATION("education"),
    /** Education: grade or score. */
    SCORE("score"),
    /** Education: notable courses. */
    COURSES("courses"),
    /** Contact: email. */
    EMAIL("email"),
    /** Contact: phone. */
    PHONE("phone"),
    /** Contact: website. */
    WEBSITE("website"),
    /** Contact: a profile without a network name. */
    PROFILE("profile"),
    /** Contact: the link to the whole portfolio (its canonical URL). */
    FULL_PORTFOLIO("full-portfolio"),
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
