package io.github.portfoliosdk.model;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The options every output format shares, in one place below every front door (the command line, the Maven plugin,
 * an application): the language, the tags of a tailored variant, the theme, the paper, the sections and the clock.
 * Each format applies those that mean something to it ({@link PortfolioRendererProvider#create(RenderOptions)}): the
 * paper to paged formats only, the theme to those with looks. An unset theme, paper or section list leaves the
 * format's own default (the page's {@code terminal} theme, the CV's {@code classic} and its shorter section list).
 * <p>The {@code parse…} methods hold the rules and messages for options given as text, so that a typo reads the same
 * wherever it was typed. Immutable and thread-safe.
 */
public final class RenderOptions {

    private static final RenderOptions DEFAULTS = builder().build();

    private final Locale locale;
    private final Set<String> tags;
    private final Theme theme;
    private final Paper paper;
    private final List<Section> sections;
    private final Clock clock;

    private RenderOptions(Builder builder) {
        this.locale = builder.locale;
        this.tags = builder.tags;
        this.theme = builder.theme;
        this.paper = builder.paper;
        this.sections = builder.sections;
        this.clock = builder.clock;
    }

    /** English, the whole portfolio, each format's own theme, paper and sections, the system clock in UTC. */
    public static RenderOptions defaults() {
        return DEFAULTS;
    }

    /** A builder starting from {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options, to change some of them. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.locale = locale;
        builder.tags = tags;
        builder.theme = theme;
        builder.paper = paper;
        builder.sections = sections;
        builder.clock = clock;
        return builder;
    }

    /** The language of labels, dates and numbers ({@link Labels#of(Locale)}). */
    public Locale locale() {
        return locale;
    }

    /** The tags of a tailored variant ({@link Portfolio#tailored(Set)}); empty for the whole portfolio. */
    public Set<String> tags() {
        return tags;
    }

    /** The theme, for the formats that have looks; empty for each format's own default. */
    public Optional<Theme> theme() {
        return Optional.ofNullable(theme);
    }

    /** The paper, for paged formats; empty for each format's own default. */
    public Optional<Paper> paper() {
        return Optional.ofNullable(paper);
    }

    /** The sections to render, in order; empty for each format's own default. */
    public Optional<List<Section>> sections() {
        return Optional.ofNullable(sections);
    }

    /** "Now", for durations ("2+ years"), open periods and dates written into the output. */
    public Clock clock() {
        return clock;
    }

    @Override
    public String toString() {
        return "RenderOptions[locale=" + locale.toLanguageTag() + ", tags=" + tags + ", theme=" + theme + ", paper=" + paper
                + ", sections=" + sections + ", clock=" + clock + "]";
    }

    /**
     * A language tag as a user types it ({@code de}, {@code pt-BR}); see {@link Labels#localeOf(String)}.
     *
     * @throws IllegalArgumentException saying what is wrong with it and which catalogues ship
     */
    public static Locale parseLocale(String tag) {
        return Labels.localeOf(tag);
    }

    /**
     * A theme by name ({@code terminal}, {@code classic}), ignoring case.
     *
     * @throws IllegalArgumentException naming the themes there are
     */
    public static Theme parseTheme(String name) {
        return Theme.fromName(name).orElseThrow(() -> new IllegalArgumentException("'" + name
                + "' is not a theme; themes are " + names(Arrays.stream(Theme.values()).map(Theme::id).toList())));
    }

    /**
     * A paper size by name ({@code a4}, {@code letter}), ignoring case.
     *
     * @throws IllegalArgumentException naming the sizes there are
     */
    public static Paper parsePaper(String name) {
        return Paper.fromName(name).orElseThrow(() -> new IllegalArgumentException("'" + name
                + "' is not a paper size; sizes are " + names(Arrays.stream(Paper.values()).map(Paper::id).toList())));
    }

    /**
     * A section by id ({@code work}, {@code system-design}), ignoring case.
     *
     * @throws IllegalArgumentException naming the sections there are
     */
    public static Section parseSection(String id) {
        return Section.parse(id).orElseThrow(() -> new IllegalArgumentException("'" + id
                + "' is not a section; sections are " + names(Section.defaultOrder().stream().map(Section::id).toList())
                + ", or the id of a custom section"));
    }

    /**
     * Comma-separated section ids, in order ({@code about,work,projects}); spaces around ids are ignored.
     *
     * @throws IllegalArgumentException when an id is not a section, or a section is named more than once
     */
    public static List<Section> parseSections(String ids) {
        List<Section> sections = new ArrayList<>();
        for (String id : ids.split(",", -1)) {
            sections.add(parseSection(id.strip()));
        }
        return checkedSections(sections);
    }

    /**
     * Comma-separated tags ({@code backend,python}); spaces around tags and empty entries are ignored.
     */
    public static Set<String> parseTags(String tags) {
        return Arrays.stream(tags.split(",")).map(String::strip).filter(tag -> !tag.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * The clock of a reproducible build: fixed at a timestamp given as seconds since 1970 (the
     * {@code SOURCE_DATE_EPOCH} convention) or as an ISO-8601 date-time with offset ({@code 2026-11-25T00:00:00Z},
     * Maven's {@code project.build.outputTimestamp}); the system clock in UTC when it is null or blank.
     *
     * @throws IllegalArgumentException when it is neither, quoting it
     */
    public static Clock parseClock(String timestamp) {
        if (timestamp == null || timestamp.isBlank()) {
            return Clock.systemUTC();
        }
        String value = timestamp.strip();
        try {
            Instant instant = value.chars().allMatch(Character::isDigit)
                    ? Instant.ofEpochSecond(Long.parseLong(value))
                    : OffsetDateTime.parse(value).toInstant();
            return Clock.fixed(instant, ZoneOffset.UTC);
        } catch (DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("'" + value
                    + "' is neither seconds since 1970 nor an ISO-8601 date-time such as 2026-11-25T00:00:00Z", e);
        }
    }

    private static List<Section> checkedSections(List<Section> sections) {
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("at least one section is needed");
        }
        if (new LinkedHashSet<>(sections).size() != sections.size()) {
            throw new IllegalArgumentException("a section is named more than once: "
                    + sections.stream().map(Section::id).collect(Collectors.joining(",")));
        }
        return List.copyOf(sections);
    }

    private static String names(List<String> names) {
        return String.join(", ", names);
    }

    /** Configures {@link RenderOptions}; not thread-safe. */
    public static final class Builder {
        private Locale locale = Locale.ENGLISH;
        private Set<String> tags = Set.of();
        private Theme theme;
        private Paper paper;
        private List<Section> sections;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** The language; English by default. */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /** The tags of a tailored variant; none (the whole portfolio) by default. */
        public Builder tags(Set<String> tags) {
            this.tags = Set.copyOf(Objects.requireNonNull(tags, "tags"));
            return this;
        }

        /** The theme; null for each format's own. */
        public Builder theme(Theme theme) {
            this.theme = theme;
            return this;
        }

        /** The paper; null for each format's own. */
        public Builder paper(Paper paper) {
            this.paper = paper;
            return this;
        }

        /**
         * The sections, in order; null for each format's own.
         *
         * @throws IllegalArgumentException when the list is empty or names a section twice
         */
        public Builder sections(List<Section> sections) {
            this.sections = sections == null ? null : checkedSections(sections);
            return this;
        }

        /** The clock; the system clock in UTC by default. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The options. */
        public RenderOptions build() {
            return new RenderOptions(this);
        }
    }
}
