package io.github.portfoliosdk.render.html;

import io.github.portfoliosdk.model.Theme;
import io.github.portfoliosdk.model.Label;
import io.github.portfoliosdk.model.Flow;
import io.github.portfoliosdk.model.Labels;
import io.github.portfoliosdk.model.PartialDate;
import io.github.portfoliosdk.model.Period;
import io.github.portfoliosdk.model.Project;
import io.github.portfoliosdk.model.Section;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * What an {@link HtmlSectionRenderer} is given to write one section: the writer, the renderer's options and the
 * helpers the built-in sections use themselves (dates, periods, element ids, links to projects, flows). Its
 * Markdown twin is {@code MarkdownSectionContext}, with the same names where the formats share a concept.
 */
public interface HtmlSectionContext {

    /** The writer to write all markup and text with; it escapes every string it is given. */
    HtmlWriter writer();

    /** The section being rendered. */
    Section section();

    /** The section's title: the one set with {@link HtmlRenderer.Builder#sectionTitle} or its default; the renderer writes it. */
    String title();

    /**
     * The level of the section's own heading (2; 1 for the hero, whose renderer writes it), plus the renderer's
     * {@link HtmlRenderer.Builder#headingOffset(int)}; entries go one deeper ({@code "h" + (headingLevel() + 1)}).
     */
    int headingLevel();

    /** The theme being rendered. */
    Theme theme();

    /** Whether a fragment (rather than a whole page) is being rendered. */
    boolean fragment();

    /** The locale dates and words are shown in. */
    Locale locale();

    /** The renderer's clock; "present" and durations are counted up to it. */
    Clock clock();

    /** Today, as the renderer's clock says. */
    LocalDate today();

    /** The text for a label, from the catalogue of the renderer's locale unless the user gave their own. */
    String label(Label label);

    /** The renderer's label catalogue, with the user's own texts: for words a custom section needs. */
    Labels labels();

    /** A date as shown on the page, in the locale and at its precision ("Feb 2026", "2024"). */
    String date(PartialDate date);

    /**
     * A period as every renderer shows it ({@link Labels#period}: "Feb 2026 – present", "2024", "until 2021");
     * empty for null.
     */
    String period(Period period);

    /** Writes a date as a {@code <time>} element whose {@code datetime} is the ISO form. */
    void writeDate(PartialDate date);

    /** Writes a period with {@code <time>} elements for its dates, as {@link #period(Period)} reads; nothing for null. */
    void writePeriod(Period period);

    /**
     * Writes an element holding only the user's own text (a summary, a name, a tag), with {@code lang} where the
     * text's language differs from the labels' and {@code dir} where its direction does, so that an English sentence
     * keeps its order on an Arabic page; with neither where both match. Every built-in section writes user text
     * through this, {@link #userText(String)} or {@link #markUserText(String)}; the text is escaped.
     */
    void userElement(String name, String cssClass, String text);

    /**
     * Writes a run of the user's own text amid the page's own words ("Role: <i>text</i>"): as it is where it matches
     * the page, in a {@code <bdi>} with {@code dir} (and {@code lang}) where its direction differs, in a
     * {@code <span lang>} where only its language does. Escaped; null writes nothing.
     */
    void userText(String text);

    /**
     * Adds to the start tag the writer has open the {@code lang} and {@code dir} that {@code text} needs (see
     * {@link #userElement}): for an element whose content is that user text with fixed punctuation or links around it.
     */
    void markUserText(String text);

    /**
     * Writes a link around the user's own text (as {@link HtmlWriter#link}, only the text when the URL is not safe),
     * marked as {@link #userText(String)} marks a run of text.
     */
    void userLink(String url, String cssClass, String text);

    /** The element id for a name ("work"), with the renderer's id prefix ({@link HtmlRenderer.Builder#idPrefix}). */
    String id(String name);

    /**
     * A new element id, unique on this page and prefixed like {@link #id(String)}, from a kind ("note"), an item's
     * id (reduced to lower-case letters, digits and hyphens) or, when that leaves nothing, its position.
     */
    String uniqueId(String kind, String itemId, int position);

    /** The element id of a project's article, the target of {@link #projectLink(String)}. */
    String projectId(Project project);

    /** The in-page link target ({@code #project-…}) of a project, when that project is rendered on this page. */
    Optional<String> projectLink(String projectId);

    /** Writes a flow as an ordered list of stages, drawn as a diagram by the style sheet. */
    void flow(Flow flow);
}
