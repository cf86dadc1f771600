package io.github.portfoliosdk.model;

import java.util.Locale;
import java.util.Optional;

/** The paper a printable CV (PDF, and any other paged format) is laid out for; one type for every such format. */
public enum Paper {
    /** ISO A4, 210 × 297 mm. */
    A4("a4", 210.0, 297.0),
    /** US Letter, 8.5 × 11 in. */
    LETTER("letter", 215.9, 279.4);

    private final String id;
    private final double widthMillimetres;
    private final double heightMillimetres;

    Paper(String id, double widthMillimetres, double heightMillimetres) {
        this.id = id;
        this.widthMillimetres = widthMillimetres;
        this.heightMillimetres = heightMillimetres;
    }

    /** The name used on command lines and in CSS {@code @page size}: {@code a4}, {@code letter}. */
    public String id() {
        return id;
    }

    /** The sheet's width in portrait, in millimetres. */
    public double widthMillimetres() {
        return widthMillimetres;
    }

    /** The sheet's height in portrait, in millimetres. */
    public double heightMillimetres() {
        return heightMillimetres;
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
