package io.github.portfoliosdk.model;

import java.util.Locale;
import java.util.Optional;

/** How well a {@link Skill} is mastered, from beginner to expert. */
public enum SkillLevel {
    /** Learning it. */
    BEGINNER("Beginner"),
    /** Works with it with some help. */
    INTERMEDIATE("Intermediate"),
    /** Works with it independently in production. */
    ADVANCED("Advanced"),
    /** Deep knowledge; others come for advice. */
    EXPERT("Expert");

    private final String displayName;

    SkillLevel(String displayName) {
        this.displayName = displayName;
    }

    /** How to show it in English ("Expert"). */
    public String displayName() {
        return displayName;
    }

    /** This level's position from 1 (beginner) to 4 (expert), for meters and badges. */
    public int rank() {
        return ordinal() + 1;
    }

    /** The level named by this text, ignoring case and surrounding space; empty for other words. */
    public static Optional<SkillLevel> fromText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        for (SkillLevel level : values()) {
            if (level.name().equals(wanted)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
