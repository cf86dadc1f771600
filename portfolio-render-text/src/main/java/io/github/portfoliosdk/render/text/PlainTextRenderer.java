package io.github.portfoliosdk.render.text;

import io.github.portfoliosdk.model.Labels;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.PortfolioValidator;
import io.github.portfoliosdk.model.RenderOptions;
import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.model.TextRenderer;
import io.github.portfoliosdk.model.internal.output.SectionLists;
import io.github.portfoliosdk.render.text.internal.CvText;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Renders a portfolio as plain text ({@code cv.txt}), the form people paste into application forms: the PDF CV's
 * sections and facts in the same order, lines at most 80 columns wide by display width (an East Asian wide character
 * counts two), the name and section titles underlined, list items after "- ", a link as "text (URL)", no markup.
 * <p>Built with {@link #builder()} or {@link #create()}; immutable and thread-safe. User text is written literally: a
 * tab becomes a space, a line feed starts a new line. The fixed words come from the shared label catalogue
 * ({@link Labels}), in any of its locales.
 */
public final class PlainTextRenderer implements TextRenderer {

    /** The format name: {@code text}. */
    public static final String FORMAT = "text";

    /** The default and widest usual line: 80 columns. */
    public static final int DEFAULT_WIDTH = 80;

    /** The characters a string rendering starts with room for. */
    private static final int INITIAL_CAPACITY = 8 * 1024;

    private final Labels labels;
    private final Set<String> tags;
    private final int width;
    private final CvText layout;

    private PlainTextRenderer(Builder builder) {
        this.labels = builder.catalogue != null ? builder.catalogue : Labels.of(builder.locale);
        this.tags = builder.tags;
        this.width = builder.width;
        this.layout = new CvText(builder.sections, width, builder.clock, labels);
    }

    /** A renderer with the defaults; see {@link Builder}. */
    public static PlainTextRenderer create() {
        return builder().build();
    }

    /** A builder with the defaults: 80 columns, the CV sections, English, the system clock. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns {@code text}. */
    @Override
    public String format() {
        return FORMAT;
    }

    /** {@code text/plain; charset=UTF-8}. */
    @Override
    public String mediaType() {
        return "text/plain; charset=UTF-8";
    }

    /** The widest line, in columns. */
    public int width() {
        return width;
    }

    /** The label catalogue the fixed words come from. */
    public Labels labels() {
        return labels;
    }

    /**
     * Renders the CV as lines, each ended by a line feed. The portfolio is checked first, so an invalid one writes
     * nothing.
     *
     * @throws io.github.portfoliosdk.model.InvalidPortfolioException when the portfolio breaks a rule of the model
     * @throws IllegalArgumentException when no item carries a tag of {@link Builder#tags(Set)}
     * @throws java.io.UncheckedIOException when the output fails
     */
    @Override
    public void render(Portfolio portfolio, Appendable output) {
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(output, "output");
        PortfolioValidator.checkOnce(portfolio);
        layout.write(portfolio.tailored(tags), output);
    }

    /**
     * Renders the CV to a string, as {@link #render(Portfolio, Appendable)} writes it. The buffer starts at the size
     * of a two-page CV (the showcase's is about 5,500 characters), not the 16 K characters of the interface's
     * default, which for a text with one character beyond Latin-1 (a dash) cost 48 KB a call to fill and widen.
     */
    @Override
    public String render(Portfolio portfolio) {
        StringBuilder output = new StringBuilder(INITIAL_CAPACITY);
        render(portfolio, output);
        return output.toString();
    }

    /** Configures a {@link PlainTextRenderer}; not thread-safe, use one per thread. */
    public static final class Builder {
        private List<Section> sections;
        private Clock clock = Clock.systemUTC();
        private Locale locale = Locale.ENGLISH;
        private Set<String> tags = Set.of();
        private Labels catalogue;
        private int width = DEFAULT_WIDTH;

        private Builder() {
        }

        /**
         * Which sections to write, in this order. Default, as the PDF CV: hero, work, projects, skills, education,
         * volunteering, certificates, awards, publications, languages, contact; about, system design, design notes,
         * focus, interests and references only when listed here; the portfolio's custom sections come before contact,
         * or where they are listed.
         *
         * @throws IllegalArgumentException when none is given or a section is listed twice
         */
        public Builder sections(List<Section> sections) {
            this.sections = SectionLists.checked(sections);
            return this;
        }

        /**
         * Renders a tailored variant: only the items tagged with any of these tags, and untagged ones
         * ({@link Portfolio#tailored(Set)}); empty (the whole portfolio) by default.
         */
        public Builder tags(Set<String> tags) {
            this.tags = Set.copyOf(Objects.requireNonNull(tags, "tags"));
            return this;
        }

        /** The clock for "today" (years of experience); default the system clock in UTC. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The locale of month names, of line breaking and of the labels (the bundled catalogue,
         * {@link Labels#of(Locale)}); default English. Replaces a catalogue set with {@link #labels(Labels)}.
         */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            this.catalogue = null;
            return this;
        }

        /** The label catalogue, such as one with the user's own wording; dates follow its locale. Replaces {@link #locale(Locale)}. */
        public Builder labels(Labels labels) {
            this.catalogue = Objects.requireNonNull(labels, "labels");
            this.locale = labels.locale();
            return this;
        }

        /**
         * The widest line in columns, 40 to 200; default 80.
         *
         * @throws IllegalArgumentException when outside that range
         */
        public Builder width(int width) {
            if (width < 40 || width > 200) {
                throw new IllegalArgumentException("width: " + width + " columns is outside 40 to 200");
            }
            this.width = width;
            return this;
        }

        /**
         * Applies the options every format shares: the locale (replacing a catalogue set with {@link #labels(Labels)}),
         * the tags and the clock, and the sections when they are set (a text has no theme or paper).
         *
         * @throws IllegalArgumentException when the sections name one twice
         */
        public Builder options(RenderOptions options) {
            locale(options.locale()).tags(options.tags()).clock(options.clock());
            options.sections().ifPresent(this::sections);
            return this;
        }

        /** The renderer; the builder can be used again. */
        public PlainTextRenderer build() {
            return new PlainTextRenderer(this);
        }
    }
}
