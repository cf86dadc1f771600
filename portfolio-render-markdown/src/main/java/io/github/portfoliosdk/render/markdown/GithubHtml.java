package io.github.portfoliosdk.render.markdown;

/**
 * The HTML elements GitHub renders in a README, which {@link MarkdownWriter} writes in {@link Flavor#GITHUB} only:
 * collapsed {@code <details>}, floated images and theme-aware {@code <picture>}s, with their own HTML escaping.
 */
final class GithubHtml {

    private final MarkdownWriter out;
    private int openDetails;

    GithubHtml(MarkdownWriter out) {
        this.out = out;
    }

    /** Whether a {@code <details>} block is still open. */
    boolean detailsOpen() {
        return openDetails != 0;
    }

    /**
     * Starts a collapsed {@code <details>} block whose {@code <summary>} shows the title in bold and an
     * optional note after it, both HTML-escaped; GitHub flavour only. End with {@link #endDetails()}.
     *
     * @throws IllegalStateException in CommonMark flavour, which has no HTML
     */
    void startDetails(String title, String note) {
        out.requireGithub("<details>");
        out.openBlock();
        out.writePrefix();
        out.write("<details>");
        out.newLine();
        out.writePrefix();
        out.write("<summary><strong>");
        html(title);
        out.write("</strong>");
        if (note != null && !note.isBlank()) {
            out.write(" · ");
            html(note);
        }
        out.write("</summary>");
        out.newLine();
        openDetails++;
        out.blankLineNext();
    }

    /** Ends the {@code <details>} block started last. */
    void endDetails() {
        if (openDetails == 0) {
            throw new IllegalStateException("no <details> block is open");
        }
        out.openBlock();
        out.writePrefix();
        out.write("</details>");
        out.newLine();
        openDetails--;
        out.blankLineNext();
    }

    /**
     * Writes an image floated to the right ({@code <img align="right">}) as its own block; GitHub flavour only.
     * Nothing is written when the URL is not http(s).
     *
     * @throws IllegalStateException in CommonMark flavour, which has no HTML
     */
    void floatingImage(String url, String alt, int width) {
        out.requireGithub("<img>");
        String destination = MarkdownUrls.safeHtmlUrl(url);
        if (destination == null) {
            return;
        }
        out.openBlock();
        out.writePrefix();
        img(destination, alt, width, true);
        out.newLine();
        out.blankLineNext();
    }

    /** A {@code <picture>} with a light and a dark image, its image floated right if asked; nothing unless both URLs are safe. */
    void picture(String lightUrl, String darkUrl, String alt, int width, boolean floating) {
        out.requireGithub("<picture>");
        String light = MarkdownUrls.safeHtmlUrl(lightUrl);
        String dark = MarkdownUrls.safeHtmlUrl(darkUrl);
        if (light == null || dark == null) {
            return;
        }
        out.openBlock();
        out.writePrefix();
        out.write("<picture>");
        out.newLine();
        out.writePrefix();
        out.write("<source media=\"(prefers-color-scheme: dark)\" srcset=\"");
        html(dark);
        out.write("\">");
        out.newLine();
        out.writePrefix();
        img(light, alt, width, floating);
        out.newLine();
        out.writePrefix();
        out.write("</picture>");
        out.newLine();
        out.blankLineNext();
    }

    /** An {@code <img>} of a safe URL, its alt text escaped, at least 1 pixel wide; floated right if asked. */
    private void img(String safeUrl, String alt, int width, boolean floating) {
        out.write("<img src=\"");
        html(safeUrl);
        out.write("\" alt=\"");
        html(alt);
        out.write("\" width=\"");
        out.write(Integer.toString(Math.max(1, width)));
        out.write(floating ? "\" align=\"right\">" : "\">");
    }

    /** HTML text and attribute escaping for the elements this writer writes itself. */
    private void html(String s) {
        if (s == null) {
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.write("&amp;");
                case '<' -> out.write("&lt;");
                case '>' -> out.write("&gt;");
                case '"' -> out.write("&quot;");
                case '\'' -> out.write("&#39;");
                case '\n', '\r', '\t' -> out.write(' ');
                default -> out.write(c < 0x20 || c == 0x7f ? '\uFFFD' : c);
            }
        }
    }
}
