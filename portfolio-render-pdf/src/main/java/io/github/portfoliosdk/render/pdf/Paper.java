package io.github.portfoliosdk.render.pdf;

import java.util.Locale;
import java.util.Optional;

/** The paper a PDF CV is laid out for. */
public enum Paper {
    /** ISO A4, 210 × 297 mm. */
    A4("A4"),
    /** US Letter, 8.5 × 11 in. */
    LETTER("letter");

    private final String cssSize;

    Paper(String cssSize) {
        this.cssSize = cssSize;
    }

    /** The CSS {@code @page size} keyword: {@code A4} or {@code letter}. */
    public String cssSize() {
        return cssSize;
    }

    /** The paper with this name ({@code a4}, {@code letter}), ignoring case; empty when there is none. */
    public static Optional<Paper> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        for (Paper paper : values()) {
            if (paper.name().equals(wanted)) {
                return Optional.of(paper);
            }
        }
        return Optional.empty();
    }
}
