package io.github.portfoliosdk.render.html;

import java.util.Locale;
import java.util.Optional;

/** The look of the rendered page; each theme is a style sheet resource and honours dark/light preference and print. */
public enum Theme {
    /** Dark and monospace, with shell prompts and numbered sections, after the seed portfolio. */
    TERMINAL,
    /** Light, clean and easy to print. */
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
