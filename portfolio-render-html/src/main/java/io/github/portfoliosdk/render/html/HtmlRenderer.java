package io.github.portfoliosdk.render.html;

import io.github.portfoliosdk.model.Theme;
import io.github.portfoliosdk.model.Label;
import io.github.portfoliosdk.model.Labels;
import io.github.portfoliosdk.model.RenderOptions;
import io.github.portfoliosdk.model.InvalidPortfolioException;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.PortfolioValidator;
import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.model.TextRenderer;
import io.github.portfoliosdk.model.internal.output.SectionLists;
import io.github.portfoliosdk.render.html.internal.DefaultSections;
import io.github.portfoliosdk.render.html.internal.Options;
import io.github.portfoliosdk.render.html.internal.PageWriter;
import io.github.portfoliosdk.render.html.internal.Stylesheets;
import java.time.Clock;
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
 * Renders a portfolio as a standalone, offline HTML5 page, or as a fragment to embed in another page.
 * <p>Build one with {@link #builder()}; the renderer is immutable and thread-safe, so share it and render any
 * number of portfolios. All text is escaped by {@link HtmlWriter}; only URLs that
 * {@link io.github.portfoliosdk.model.LinkPolicy#isLink(String)} accepts become links. The same portfolio and options
 * always give the same bytes.
 */
public final class HtmlRenderer implements TextRenderer {

    private final Options options;
    private final Set<String> tags;

    private HtmlRenderer(Builder builder) {
        Map<Section, HtmlSectionRenderer> renderers = new LinkedHashMap<>(builder.renderers);
        Labels labels = builder.catalogue != null ? builder.catalogue : Labels.of(builder.locale);
        for (Map.Entry<Label, String> own : builder.labels.entrySet()) {
            labels = labels.with(own.getKey().key(), own.getValue());
        }
        this.tags = builder.tags;
        String idPrefix = builder.idPrefix != null ? builder.idPrefix : builder.fragment ? "pf-" : "";
        this.options = new Options(builder.theme, builder.fragment, idPrefix, builder.sections,
                Map.copyOf(builder.titles), Collections.unmodifiableMap(renderers),
                labels, builder.extraCss, builder.clock, builder.locale, builder.headingOffset, builder.navigation,
                Collections.unmodifiableMap(new LinkedHashMap<>(builder.languages)));
    }

    /**
     * A builder with the defaults: terminal theme, whole page, every section in {@link Section#defaultOrder()} with
     * sections of the user's own before contact, English, system clock.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A renderer with the default options. */
    public static HtmlRenderer create() {
        return builder().build();
    }

    /**
     * The built-in renderer of a section, the one a new builder has registered: wrap it to render the default and
     * then add something, as {@code sectionRenderer(Section.SKILLS, mine)} with {@code mine} calling it first. For a
     * section of the user's own ({@link Section#custom}) it renders the entries of the portfolio's custom section
     * with that id, as {@code ul.pf-entries > li.pf-entry}.
     */
    public static HtmlSectionRenderer defaultSectionRenderer(Section section) {
        return DefaultSections.of(Objects.requireNonNull(section, "section"));
    }

    /**
     * The style sheet of a theme, for a host page that embeds fragments; every rule is scoped to
     * {@code pf-} classes, so it does not touch the rest of the host page.
     */
    public static String stylesheet(Theme theme) {
        return Stylesheets.of(Objects.requireNonNull(theme, "theme"));
    }

    /** {@code html}. */
    @Override
    public String format() {
        return "html";
    }

    /** {@code text/html}. */
    @Override
    public String mediaType() {
        return "text/html";
    }

    /** The theme this renderer renders with. */
    public Theme theme() {
        return options.theme();
    }

    /** Whether this renderer writes fragments rather than whole pages. */
    public boolean fragment() {
        return options.fragment();
    }

    /**
     * Renders the portfolio to a string, made once from the writer's own buffer, sized for a whole page so that it
     * rarely grows.
     *
     * @throws InvalidPortfolioException when the portfolio breaks a rule of the model
     */
    @Override
    public String render(Portfolio portfolio) {
        PortfolioValidator.checkOnce(portfolio);
        int styles = options.fragment() ? 0 : Stylesheets.of(options.theme()).length() + options.extraCss().length();
        HtmlWriter writer = HtmlWriter.forString(styles + 48 * 1024);
        new PageWriter(options, portfolio.tailored(tags), writer).write();
        return writer.output();
    }

    /**
     * Renders the portfolio as a page or fragment into {@code output}, streaming: the output is passed on in pieces
     * of some thousand characters, not tag by tag. When rendering fails (a section renderer throws), the piece being
     * collected is not passed on.
     *
     * @throws InvalidPortfolioException when the portfolio breaks a rule of the model
     *     ({@link PortfolioValidator#checkOnce}), before anything is written
     * @throws java.io.UncheckedIOException when the output fails
     */
    @Override
    public void render(Portfolio portfolio, Appendable output) {
        PortfolioValidator.checkOnce(portfolio);
        Portfolio variant = portfolio.tailored(tags);
        HtmlWriter writer = HtmlWriter.streaming(Objects.requireNonNull(output, "output"));
        new PageWriter(options, variant, writer).write();
        writer.flush();
    }

    /** Collects the options of an {@link HtmlRenderer}; not thread-safe, use one per thread. */
    public static final class Builder {
        private Theme theme = Theme.TERMINAL;
        private boolean fragment;
        private List<Section> sections;
        private final Map<Section, String> titles = new HashMap<>();
        private final Map<Section, HtmlSectionRenderer> renderers = new LinkedHashMap<>();
        private final Map<Label, String> labels = new EnumMap<>(Label.class);
        private String extraCss = "";
        private String idPrefix;
        private Clock clock = Clock.systemUTC();
        private Locale locale = Locale.ENGLISH;
        private Labels catalogue;
        private Set<String> tags = Set.of();
        private int headingOffset;
        private boolean navigation = true;
        private final Map<String, String> languages = new LinkedHashMap<>();

        private Builder() {
            for (Section section : Section.defaultOrder()) {
                sectionRenderer(section, DefaultSections.of(section));
            }
        }

        /** The theme; {@link Theme#TERMINAL} by default. */
        public Builder theme(Theme theme) {
            this.theme = Objects.requireNonNull(theme, "theme");
            return this;
        }

        /**
         * Whether to render only the portfolio markup, to embed in a host page that includes
         * {@link HtmlRenderer#stylesheet(Theme)}; false (a whole page) by default. Element ids are then prefixed with
         * {@code pf-}, unless {@link #idPrefix(String)} says otherwise.
         */
        public Builder fragment(boolean fragment) {
            this.fragment = fragment;
            return this;
        }

        /**
         * Moves every heading down this many levels, 0 (the default) to 2, as {@code MarkdownRenderer.Builder.headingOffset}:
         * at 1 the person's name is an {@code h2} and each section's title an {@code h3}, for a fragment under a host
         * page's own {@code h1}.
         *
         * @throws IllegalArgumentException when the offset is not between 0 and 2
         */
        public Builder headingOffset(int headingOffset) {
            if (headingOffset < 0 || headingOffset > 2) {
                throw new IllegalArgumentException("heading offset " + headingOffset + " is not between 0 and 2");
            }
            this.headingOffset = headingOffset;
            return this;
        }

        /**
         * Whether to write the navigation between sections (a {@code nav} landmark, when two or more sections are
         * shown); true by default. In a fragment it is named for the person ("Sections: Ada Lovelace"), so that two
         * fragments of two people on one host page have distinct landmarks; leave it out where the host page has
         * its own navigation, or shows the same person twice.
         */
        public Builder navigation(boolean navigation) {
            this.navigation = navigation;
            return this;
        }

        /**
         * Which sections to render, in this order; sections with nothing to show are left out. By default
         * {@link Section#defaultOrder()}, with the sections of the user's own before contact: those given a
         * renderer here, then the portfolio's custom sections. The same rules as
         * {@code MarkdownRenderer.Builder.sections}: the hero, when listed, comes first wherever it is listed (it holds
         * the level-1 heading, the person's name); left out, there is no hero and no level-1 heading, as a fragment
         * under a host page's own heading wants. A whole page should keep it.
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
         * The title shown for a section instead of the catalogue's ({@link Section#titleKey()} in {@link Labels}) or,
         * for a section of the user's own, its title in the data.
         */
        public Builder sectionTitle(Section section, String title) {
            Objects.requireNonNull(section, "section");
            if (title == null || title.isBlank()) {
                throw new IllegalArgumentException("sectionTitle: the title of " + section.id() + " must not be blank");
            }
            titles.put(section, title);
            return this;
        }

        /** The text shown for a fixed word instead of the catalogue's: the user's own wording, which wins. */
        public Builder label(Label label, String text) {
            Objects.requireNonNull(label, "label");
            labels.put(label, Objects.requireNonNull(text, "text"));
            return this;
        }

        /**
         * Replaces how one section's content is rendered, or adds a section of the user's own
         * ({@link Section#custom}), which then takes its place in the default order; the renderer must be
         * thread-safe. Every built-in section starts with its built-in renderer
         * ({@link HtmlRenderer#defaultSectionRenderer(Section)}), registered through this method.
         */
        public Builder sectionRenderer(Section section, HtmlSectionRenderer renderer) {
            renderers.put(Objects.requireNonNull(section, "section"), Objects.requireNonNull(renderer, "renderer"));
            return this;
        }

        /**
         * CSS added after the theme's style sheet of a page (escaped so it cannot end the style element); empty by
         * default. A fragment has no style element: {@link #build()} refuses extra CSS for a fragment, whose host page
         * adds its own rules beside {@link HtmlRenderer#stylesheet(Theme)}.
         */
        public Builder extraCss(String extraCss) {
            this.extraCss = Objects.requireNonNull(extraCss, "extraCss");
            return this;
        }

        /**
         * The prefix of every element id the renderer writes (sections, projects, notes, headings), so that two
         * fragments on one page do not share ids: for example {@code "pf-a-"} and {@code "pf-b-"}. By default
         * {@code "pf-"} for a fragment and none for a page.
         *
         * @throws IllegalArgumentException unless empty or a letter followed by letters, digits, {@code -} and {@code _}
         */
        public Builder idPrefix(String idPrefix) {
            Objects.requireNonNull(idPrefix, "idPrefix");
            if (!idPrefix.isEmpty() && !idPrefix.matches("[A-Za-z][A-Za-z0-9_-]*")) {
                throw new IllegalArgumentException("idPrefix: '" + idPrefix
                        + "' must start with a letter and hold only letters, digits, '-' and '_'");
            }
            this.idPrefix = idPrefix;
            return this;
        }

        /**
         * The clock that says what "present" is, for open periods and years of experience; the system clock in UTC by
         * default, as for the other renderers.
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The locale of dates, numbers and labels (the bundled catalogue, {@link Labels#of(Locale)}); English by
         * default. The page's {@code lang} is the language the labels really are in ({@link Labels#language()}), and
         * a right-to-left language gets {@code dir="rtl"}. Replaces a catalogue set with {@link #labels(Labels)}.
         */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            this.catalogue = null;
            return this;
        }

        /**
         * The label catalogue, such as one with the user's own language or wording ({@link Labels#builder(Locale)});
         * dates and numbers then follow its {@link Labels#locale()}. Replaces {@link #locale(Locale)}.
         */
        public Builder labels(Labels labels) {
            this.catalogue = Objects.requireNonNull(labels, "labels");
            this.locale = labels.locale();
            return this;
        }

        /**
         * The same page in each language the portfolio has, as BCP 47 tag to the page's URL (relative, such as
         * {@code index.de.html}, or a web URL), this page's own among them: the page then links them in its head
         * ({@code <link rel="alternate" hreflang="de">}) and shows a language switch at its top, each language named in
         * itself. None by default; a fragment writes neither.
         */
        public Builder languages(Map<String, String> pageByLanguage) {
            this.languages.clear();
            this.languages.putAll(Objects.requireNonNull(pageByLanguage, "pageByLanguage"));
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
         * Applies the options every format shares: the locale (replacing a catalogue set with {@link #labels(Labels)}),
         * the tags and the clock, and the theme and sections when they are set.
         *
         * @throws IllegalArgumentException when the sections break the rules of {@link #sections(List)}
         */
        public Builder options(RenderOptions options) {
            locale(options.locale()).tags(options.tags()).clock(options.clock());
            options.theme().ifPresent(this::theme);
            options.sections().ifPresent(this::sections);
            return this;
        }

        /**
         * The renderer, immutable and thread-safe.
         *
         * @throws IllegalArgumentException when extra CSS is set for a fragment (see {@link #extraCss(String)})
         */
        public HtmlRenderer build() {
            if (fragment && !extraCss.isEmpty()) {
                throw new IllegalArgumentException("extraCss: a fragment has no style element of its own; add the CSS"
                        + " to the host page, beside HtmlRenderer.stylesheet(theme), or render a whole page");
            }
            return new HtmlRenderer(this);
        }
    }
}
