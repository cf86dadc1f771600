package io.github.portfoliosdk.model;

import io.github.portfoliosdk.model.internal.Lists;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A skill with its level and category.
 * <p>{@link #levelText()} keeps a level written in words the {@link SkillLevel} enum does not know
 * (from an imported file), so nothing is lost; {@link #levelLabel()} is what to show.
 *
 * @param name the skill ("PostgreSQL"), or null
 * @param level the level, or null when not known or not one of the four
 * @param levelText the level as written elsewhere when it is not exactly a {@link SkillLevel#displayName()}, or null
 * @param category the group it is shown in ("Databases &amp; caching"), or null
 * @param keywords related keywords
 * @param tags free tags for tailored variants of a portfolio
 */
public record Skill(
        @CleanText String name,
        SkillLevel level,
        @CleanText String levelText,
        @CleanText String category,
        List<@NotBlank @CleanText String> keywords,
        List<@NotBlank @CleanText String> tags) {

    /** Copies the lists (null becomes empty), so the record stays immutable. */
    public Skill {
        keywords = Lists.copy(keywords, "keywords");
        tags = Lists.copy(tags, "tags");
    }

    /** A skill with a level and a category. */
    public static Skill of(String name, SkillLevel level, String category) {
        return new Skill(name, level, null, category, List.of(), List.of());
    }

    /** The level to show: {@link #levelText()} when set, else the enum's display name; empty when neither. */
    public Optional<String> levelLabel() {
        return levelLabel(SkillLevel::displayName);
    }

    /**
     * The level to show, the enum level named by {@code levelName} (a renderer's label for it): {@link #levelText()}
     * when set, else the named level; empty when neither.
     */
    public Optional<String> levelLabel(java.util.function.Function<SkillLevel, String> levelName) {
        if (levelText != null) {
            return Optional.of(levelText);
        }
        return level == null ? Optional.empty() : Optional.of(levelName.apply(level));
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this skill's values, for making an edited copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.level = level;
        b.levelText = levelText;
        b.category = category;
        b.keywords.addAll(keywords);
        b.tags.addAll(tags);
        return b;
    }

    /** Builds a {@link Skill} step by step; not thread-safe, use one per thread. */
    public static final class Builder {
        private String name;
        private SkillLevel level;
        private String levelText;
        private String category;
        private final ArrayList<String> keywords = new ArrayList<>();
        private final ArrayList<String> tags = new ArrayList<>();

        private Builder() {
        }

        /** Sets the name. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets the level. */
        public Builder level(SkillLevel level) {
            this.level = level;
            return this;
        }

        /** Sets the levelText. */
        public Builder levelText(String levelText) {
            this.levelText = levelText;
            return this;
        }

        /** Sets the category. */
        public Builder category(String category) {
            this.category = category;
            return this;
        }

        /** Replaces the keywords with these. */
        public Builder keywords(List<String> keywords) {
            Lists.replace(this.keywords, keywords, "keywords");
            return this;
        }

        /** Adds to the keywords. */
        public Builder addKeyword(String keyword) {
            Lists.add(this.keywords, keyword, "keywords");
            return this;
        }

        /** Replaces the tags with these. */
        public Builder tags(List<String> tags) {
            Lists.replace(this.tags, tags, "tags");
            return this;
        }

        /** Adds to the tags. */
        public Builder addTag(String tag) {
            Lists.add(this.tags, tag, "tags");
            return this;
        }

        /** Builds the skill; checked when the portfolio holding it is validated. */
        public Skill build() {
            return new Skill(name, level, levelText, category, keywords, tags);
        }
    }
}
