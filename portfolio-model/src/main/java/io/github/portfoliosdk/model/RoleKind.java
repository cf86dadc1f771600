package io.github.portfoliosdk.model;

/** What kind of role a {@link Role} is; JSON Resume keeps jobs and internships under work, volunteering apart. */
public enum RoleKind {
    /** Paid employment or contract work; counts towards years of experience. */
    JOB,
    /** An internship or traineeship. */
    INTERNSHIP,
    /** Volunteering. */
    VOLUNTEER
}
