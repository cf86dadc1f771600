package io.github.portfoliosdk.render.pdf;

/**
 * What a {@link PdfSectionRenderer} writes a section's content with: a few block and inline elements of the XHTML
 * the CV is typeset from, and user text. All text is escaped; each text is given with the path of the field it comes
 * from ({@code customSections[0].entries[1].title}), so that a character the bundled fonts cannot typeset is refused
 * with that path before anything is written. Only URLs that {@link io.github.portfoliosdk.model.LinkPolicy#isLink}
 * accepts become links. The twin of {@code HtmlWriter} and {@code MarkdownWriter}; not thread-safe.
 */
public interface PdfWriter {

    /**
     * Opens an element, with a CSS class of the CV's style sheet or null: {@code p}, {@code div}, {@code ul},
     * {@code ol}, {@code li}, {@code h3}, {@code span}, {@code strong} or {@code em}. Classes the style sheets
     * style: {@code entry} (an entry), {@code keep} (kept on one page), {@code meta} (a muted line),
     * {@code summary} and {@code body} (paragraphs), {@code items} (a compact list), {@code label} (a field name).
     *
     * @throws IllegalArgumentException for another element
     */
    PdfWriter tag(String element, String cssClass);

    /** Closes the innermost open element. */
    PdfWriter end();

    /** Writes user text, escaped; {@code path} names the field it comes from. Null writes nothing. */
    PdfWriter text(String path, String text);

    /** Writes user text as a link to {@code url} when the URL is allowed, else as plain text. */
    PdfWriter link(String path, String text, String url);
}
