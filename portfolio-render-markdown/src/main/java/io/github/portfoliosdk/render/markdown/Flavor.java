package io.github.portfoliosdk.render.markdown;

import java.util.Optional;

/** Which Markdown dialect a {@link MarkdownRenderer} writes. */
public enum Flavor {
    /**
     * GitHub Flavored Markdown plus what github.com renders: tables, Mermaid diagrams, alerts and the few HTML
     * elements the renderer writes itself ({@code <details>}, {@code <summary>}, {@code <img>}, {@code <br>}).
     */
    GITHUB,
    /** Portable CommonMark: no tables, no Mermaid, no HTML; alerts become plain block quotes. */
    COMMONMARK;

    /** The flavor named {@code github} (or {@code gfm}) or {@code commonmark}; empty for any other name. */
    public static Optional<Flavor> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return switch (name) {
            case "github", "gfm" -> Optional.of(GITHUB);
            case "commonmark" -> Optional.of(COMMONMARK);
            default -> Optional.empty();
        };
    }
}
