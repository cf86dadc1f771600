package io.github.portfoliosdk.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The look of a rendering, one set for every format that has looks: the HTML page's style sheet and the PDF CV's
 * print style of the same name. Each honours the format's own conventions (the page follows dark/light preference
 * and print; the CV is always light).
 */
public enum Theme {
    /** Dark and monospace, with shell prompts and numbered sections, after the seed portfolio; a green accent in print. */
    TERMINAL,
    /** Light, clean and easy to print; sans-serif throughout with a dark blue accent. */
    CLASSIC;

    /** The theme's name as options and CSS classes spell it: {@code terminal}, {@code classic}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The theme with this name, ignoring case and surrounding space; empty for unknown names. */
    public static Optional<Theme> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (Theme theme : values()) {
            if (theme.id().equals(wanted)) {
                return Optional.of(theme);
            }
        }
        return Optional.empty();
    }
}
