package io.github.portfoliosdk.render.markdown;

import io.github.portfoliosdk.model.Label;
import io.github.portfoliosdk.model.Labels;
import io.github.portfoliosdk.model.RenderOptions;
import io.github.portfoliosdk.model.InvalidPortfolioException;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.PortfolioValidator;
import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.model.TextRenderer;
import io.github.portfoliosdk.model.internal.output.SectionLists;
import io.github.portfoliosdk.render.markdown.internal.SectionContext;
import io.github.portfoliosdk.render.markdown.internal.Sections;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Renders a portfolio as Markdown: by default a GitHub profile README (name and headline, facts, metrics,
 * about, work, projects with Mermaid architecture diagrams, design notes in {@code <details>}, skills, focus
 * and contact), or portable CommonMark. Built with {@link #builder()}; immutable and thread-safe.
 * <p>All user text is written literally through {@link MarkdownWriter}; only URLs that
 * {@link io.github.portfoliosdk.model.LinkPolicy#isLink(String)} accepts become links.
 */
public final class MarkdownRenderer implements TextRenderer {

    private final Flavor flavor;
    private final List<Section> sections;
    private final Map<Section, String> titles;
    private final Map<Section, MarkdownSectionRenderer> renderers;
    private final int headingOffset;
    private final boolean badges;
    private final boolean mermaid;
    private final Clock clock;
    private final Locale locale;
    private final Labels labels;
    private final Set<String> tags;

    private MarkdownRenderer(Builder builder) {
        this.flavor = builder.flavor;
        this.sections = builder.sections;
        this.renderers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.renderers));
        this.headingOffset = builder.headingOffset;
        this.badges = builder.badges;
        this.mermaid = builder.mermaid;
        this.clock = builder.clock;
        this.locale = builder.locale;
        Labels labels = builder.catalogue != null ? builder.catalogue : Labels.of(builder.locale);
        for (Map.Entry<Label, String> own : builder.labels.entrySet()) {
            labels = labels.with(own.getKey().key(), own.getValue());
        }
        this.labels = labels;
        this.titles = Map.copyOf(builder.titles);
        this.tags = builder.tags;
    }

    /**
     * A builder with the defaults: GitHub flavour, every section in {@link Section#defaultOrder()} with sections of
     * the user's own before contact, Mermaid on, badges off.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A renderer with the default options. */
    public static MarkdownRenderer create() {
        return builder().build();
    }

    /**
     * The built-in renderer of a section, the one a new builder has registered: wrap it to render the default and
     * then add something, as {@code sectionRenderer(Section.SKILLS, mine)} with {@code mine} calling it first. For a
     * section of the user's own ({@link Section#custom}) it renders the entries of the portfolio's custom section
     * with that id.
     */
    public static MarkdownSectionRenderer defaultSectionRenderer(Section section) {
        return Sections.of(Objects.requireNonNull(section, "section"));
    }

    /** Returns {@code markdown}. */
    @Override
    public String format() {
        return "markdown";
    }

    /** {@code text/markdown}. */
    @Override
    public String mediaType() {
        return "text/markdown";
    }

    /**
     * Renders to a string; see {@link #render(Portfolio, Appendable)}.
     *
     * @throws InvalidPortfolioException when the portfolio breaks a rule of the model
     */
    @Override
    public String render(Portfolio portfolio) {
        PortfolioValidator.checkOnce(portfolio);
        MarkdownWriter writer = MarkdownWriter.forString(flavor);
        render(portfolio.tailored(tags), writer);
        return writer.text();
    }

    /**
     * Renders the sections in order (the hero first); sections with nothing to show are left out. Output ends with
     * one line feed.
     * It is passed to {@code output} in pieces of whole lines, not character by character.
     *
     * @throws InvalidPortfolioException when the portfolio breaks a rule of the model
     *     ({@link PortfolioValidator#checkOnce}), before anything is written
     */
    @Override
    public void render(Portfolio portfolio, Appendable output) {
        PortfolioValidator.checkOnce(portfolio);
        Portfolio variant = portfolio.tailored(tags);
        render(variant, MarkdownWriter.streaming(output, flavor));
    }

    /**
     * Writes every section with content, its heading first (the hero's renderer writes its own), then checks it closed
     * its blocks; {@link MarkdownWriter#finish()} passes the output on.
     */
    private void render(Portfolio portfolio, MarkdownWriter writer) {
        List<Section> ordered = new ArrayList<>(SectionLists.resolve(sections, Section.defaultOrder(),
                renderers.keySet(), portfolio));
        if (ordered.remove(Section.HERO)) {
            ordered.add(0, Section.HERO);
        }
        for (Section section : ordered) {
            MarkdownSectionRenderer renderer = renderers.get(section);
            if (renderer == null) {
                renderer = Sections.of(section);
            }
            if (!renderer.hasContent(portfolio)) {
                continue;
            }
            boolean hero = section.equals(Section.HERO);
            int level = (hero ? 1 : 2) + headingOffset;
            String title = SectionLists.title(section, titles, labels, portfolio);
            if (!hero) {
                writer.heading(level, title);
            }
            renderer.render(portfolio, new SectionContext(writer, section, title, level, flavor,
                    mermaid && flavor == Flavor.GITHUB, badges, clock, locale, labels, portfolio.contentLocale()));
            writer.finish();
        }
    }

    /** Configures a {@link MarkdownRenderer}; not thread-safe, use one per thread. */
    public static final class Builder {
        private Flavor flavor = Flavor.GITHUB;
        private List<Section> sections;
        private final Map<Section, String> titles = new HashMap<>();
        private final Map<Section, MarkdownSectionRenderer> renderers = new LinkedHashMap<>();
        private int headingOffset;
        private boolean badges;
        private boolean mermaid = true;
        private Clock clock = Clock.systemUTC();
        private Locale locale = Locale.ENGLISH;
        private Labels catalogue;
        private Set<String> tags = Set.of();
        private final Map<Label, String> labels = new EnumMap<>(Label.class);

        private Builder() {
            for (Section section : Section.defaultOrder()) {
                sectionRenderer(section, Sections.of(section));
            }
        }

        /** The Markdown flavour; default {@link Flavor#GITHUB}. */
        public Builder flavor(Flavor flavor) {
            this.flavor = Objects.requireNonNull(flavor, "flavor");
            return this;
        }

        /**
         * Which sections to render, in this order; by default {@link Section#defaultOrder()}, with the sections of the
         * user's own before contact: those given a renderer here, then the portfolio's custom sections. The same rules as
         * {@code HtmlRenderer.Builder.sections}: the hero, when listed, comes first wherever it is listed (it holds
         * the level-1 heading, the person's name); left out, there is no hero and no level-1 heading, as a README
         * section under an existing heading wants.
         *
         * @throws IllegalArgumentException when a section is listed twice or the list is empty
         */
        public Builder sections(List<Section> sections) {
            this.sections = SectionLists.checked(sections);
            return this;
        }

        /**
         * Which sections to render, in this order; see {@link #sections(List)}.
         *
         * @throws IllegalArgumentException when a section is listed twice or none is given
         */
        public Builder sections(Section... sections) {
            return sections(Arrays.asList(sections));
        }

        /**
         * The heading of a section instead of the catalogue's ({@link Section#titleKey()} in {@link Labels}) or, for a
         * section of the user's own, its title in the data; the hero's heading is always the person's name.
         */
        public Builder sectionTitle(Section section, String title) {
            Objects.requireNonNull(section, "section");
            if (title == null || title.isBlank()) {
                throw new IllegalArgumentException("the title of " + section.id() + " must not be blank");
            }
            titles.put(section, title);
            return this;
        }

        /**
         * Pushes every heading this many levels down, to nest the output under an existing heading; 0 (default) to 2.
         *
         * @throws IllegalArgumentException outside 0 to 2, where the deepest headings would pass level 6
         */
        public Builder headingOffset(int headingOffset) {
            if (headingOffset < 0 || headingOffset > 2) {
                throw new IllegalArgumentException("heading offset " + headingOffset + " is not between 0 and 2");
            }
            this.headingOffset = headingOffset;
            return this;
        }

        /** Whether skills and the primary stack are shown as shields.io static badges; default off. */
        public Builder badges(boolean badges) {
            this.badges = badges;
            return this;
        }

        /** Whether flows are drawn as Mermaid flowcharts in GitHub flavour; default on. Off, they read "A → B → C". */
        public Builder mermaid(boolean mermaid) {
            this.mermaid = mermaid;
            return this;
        }

        /** The clock for "today", used for years of experience; default the system clock in UTC. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The text shown for a fixed word instead of the catalogue's: the user's own wording, which wins. */
        public Builder label(Label label, String text) {
            Objects.requireNonNull(label, "label");
            labels.put(label, Objects.requireNonNull(text, "text"));
            return this;
        }

        /**
         * The locale of month names ("Feb 2026", "März 2022") and of the labels (the bundled catalogue,
         * {@link Labels#of(Locale)}); default English. Replaces a catalogue set with {@link #labels(Labels)}.
         */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            this.catalogue = null;
            return this;
        }

        /**
         * Renders a tailored variant: only the items tagged with any of these tags, and untagged ones
         * ({@link Portfolio#tailored(Set)}); empty (the whole portfolio) by default. Rendering a portfolio in which no
         * item carries one of the tags throws {@link IllegalArgumentException}, saying which tag is closest.
         */
        public Builder tags(Set<String> tags) {
            this.tags = Set.copyOf(Objects.requireNonNull(tags, "tags"));
            return this;
        }

        /**
         * The label catalogue, such as one with the user's own language or wording ({@link Labels#builder(Locale)});
         * dates then follow its {@link Labels#locale()}. Replaces {@link #locale(Locale)}.
         */
        public Builder labels(Labels labels) {
            this.catalogue = Objects.requireNonNull(labels, "labels");
            this.locale = labels.locale();
            return this;
        }

        /**
         * Renders this section with the given renderer instead of the built-in one, or adds a section of the user's own
         * ({@link Section#custom}), which then takes its place in the default order; the renderer must be
         * thread-safe. Every built-in section starts with its built-in renderer
         * ({@link MarkdownRenderer#defaultSectionRenderer(Section)}), registered through this method.
         */
        public Builder sectionRenderer(Section section, MarkdownSectionRenderer renderer) {
            renderers.put(Objects.requireNonNull(section, "section"), Objects.requireNonNull(renderer, "renderer"));
            return this;
        }

        /**
         * Applies the options every format shares: the locale (replacing a catalogue set with {@link #labels(Labels)}),
         * the tags and the clock, and the sections when they are set; Markdown has no theme and no paper.
         *
         * @throws IllegalArgumentException when the sections break the rules of {@link #sections(List)}
         */
        public Builder options(RenderOptions options) {
            locale(options.locale()).tags(options.tags()).clock(options.clock());
            options.sections().ifPresent(this::sections);
            return this;
        }

        /** The renderer; the builder can be used again. */
        public MarkdownRenderer build() {
            return new MarkdownRenderer(this);
        }
    }
}
