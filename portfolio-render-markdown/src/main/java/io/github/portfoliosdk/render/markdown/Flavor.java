package io.github.portfoliosdk.render.markdown;

/** Which Markdown dialect a {@link MarkdownRenderer} writes. */
public enum Flavor {
    /**
     * GitHub Flavored Markdown plus what github.com renders: tables, Mermaid diagrams, alerts and the few HTML
     * elements the renderer writes itself ({@code <details>}, {@code <summary>}, {@code <img>}, {@code <br>}).
     */
    GITHUB,
    /** Portable CommonMark: no tables, no Mermaid, no HTML; alerts become plain block quotes. */
    COMMONMARK
}
