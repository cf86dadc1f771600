package io.github.portfoliosdk.render.html;

import io.github.portfoliosdk.model.Flow;
import io.github.portfoliosdk.model.Period;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** What a {@link SectionRenderer} is given for one rendering: the writer, the options and shared helpers. */
public interface SectionContext {

    /** The writer to write all markup and text with. */
    HtmlWriter writer();

    /** The theme being rendered. */
    Theme theme();

    /** Whether a fragment (rather than a whole page) is being rendered. */
    boolean fragment();

    /** The locale dates and words are shown in. */
    Locale locale();

    /** Today, as the renderer's clock says; "present" and durations are counted up to it. */
    LocalDate today();

    /** The text for a label, as configured (English by default). */
    String label(Label label);

    /** A period as shown on the page ("Feb 2026 — Present", "2024"); empty for null. */
    String period(Period period);

    /** The element id for a name ("project-civic"), prefixed in fragment mode so that it cannot clash with the host page. */
    String id(String name);

    /** The in-page link target ({@code #project-…}) of a project, when that project is rendered on this page. */
    Optional<String> projectLink(String projectId);

    /** Writes a flow as an ordered list of stages, drawn as a diagram by the style sheet. */
    void flow(Flow flow);
}
