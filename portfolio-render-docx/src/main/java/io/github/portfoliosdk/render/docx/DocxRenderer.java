package io.github.portfoliosdk.render.docx;

import io.github.portfoliosdk.model.Labels;
import io.github.portfoliosdk.model.Paper;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.PortfolioRenderer;
import io.github.portfoliosdk.model.PortfolioValidator;
import io.github.portfoliosdk.model.RenderOptions;
import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.model.Theme;
import io.github.portfoliosdk.model.internal.output.SectionLists;
import io.github.portfoliosdk.render.docx.internal.CvDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Renders a portfolio as a Word CV ({@code .docx}), the form recruiters and agencies ask for: one column, the same
 * sections in the same order as the PDF CV, Word's own heading styles (so the navigation pane, screen readers and
 * converters see the sections), real bulleted lists, links only where {@link io.github.portfoliosdk.model.LinkPolicy}
 * allows them, the document's language and its core properties (title, author, subject) set, and the theme's accent
 * colour on A4 or US Letter.
 * <p>Built with {@link #builder()} or {@link #create()}; immutable and thread-safe. All user text is written
 * literally. The same portfolio and clock give the same bytes: the package's entries and properties carry the
 * clock's time. The fixed words come from the shared label catalogue ({@link Labels}), in any of its locales.
 */
public final class DocxRenderer implements PortfolioRenderer {

    /** The format name: {@code docx}. */
    public static final String FORMAT = "docx";

    /** The media type of a Word document. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final Paper paper;
    private final Theme theme;
    private final Labels labels;
    private final Set<String> tags;
    private final CvDocument layout;

    private DocxRenderer(Builder builder) {
        this.paper = builder.paper;
        this.theme = builder.theme;
        this.labels = builder.catalogue != null ? builder.catalogue : Labels.of(builder.locale);
        this.tags = builder.tags;
        this.layout = new CvDocument(builder.sections, theme, paper, builder.clock, labels);
    }

    /** A renderer with the defaults; see {@link Builder}. */
    public static DocxRenderer create() {
        return builder().build();
    }

    /** A builder with the defaults: A4, classic theme, the CV sections, English, the system clock. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns {@code docx}. */
    @Override
    public String format() {
        return FORMAT;
    }

    /** {@value #MEDIA_TYPE}. */
    @Override
    public String mediaType() {
        return MEDIA_TYPE;
    }

    /** The paper the CV is laid out for. */
    public Paper paper() {
        return paper;
    }

    /** The theme whose accent colour and heading font the CV takes. */
    public Theme theme() {
        return theme;
    }

    /** The label catalogue the fixed words come from; the document's language is its {@link Labels#language()}. */
    public Labels labels() {
        return labels;
    }

    /**
     * Writes the Word document to the stream, which is flushed, not closed. The portfolio is checked first, so an
     * invalid one writes nothing.
     *
     * @throws io.github.portfoliosdk.model.InvalidPortfolioException when the portfolio breaks a rule of the model
     * @throws IllegalArgumentException when no item carries a tag of {@link Builder#tags(Set)}
     * @throws UncheckedIOException when the output fails
     */
    @Override
    public void write(Portfolio portfolio, OutputStream output) {
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(output, "output");
        PortfolioValidator.checkOnce(portfolio);
        Portfolio shown = portfolio.tailored(tags);
        ByteArrayOutputStream document = new ByteArrayOutputStream(24 * 1024);
        try {
            layout.write(shown, document);
            document.writeTo(output);
            output.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the Word document: " + e.getMessage(), e);
        }
    }

    /** Configures a {@link DocxRenderer}; not thread-safe, use one per thread. */
    public static final class Builder {
        private Paper paper = Paper.A4;
        private Theme theme = Theme.CLASSIC;
        private List<Section> sections;
        private Clock clock = Clock.systemUTC();
        private Locale locale = Locale.ENGLISH;
        private Set<String> tags = Set.of();
        private Labels catalogue;

        private Builder() {
        }

        /** The paper size; default {@link Paper#A4}. */
        public Builder paper(Paper paper) {
            this.paper = Objects.requireNonNull(paper, "paper");
            return this;
        }

        /** The look: the accent colour of headings, labels and links, and the heading font; default {@link Theme#CLASSIC}. */
        public Builder theme(Theme theme) {
            this.theme = Objects.requireNonNull(theme, "theme");
            return this;
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

        /** The clock for "today" (years of experience) and the document's dates; default the system clock in UTC. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The locale of month names and of the labels (the bundled catalogue, {@link Labels#of(Locale)}); default
         * English. Replaces a catalogue set with {@link #labels(Labels)}.
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
         * Applies the options every format shares: the locale (replacing a catalogue set with {@link #labels(Labels)}),
         * the tags and the clock, and the theme, paper and sections when they are set.
         *
         * @throws IllegalArgumentException when the sections name one twice
         */
        public Builder options(RenderOptions options) {
            locale(options.locale()).tags(options.tags()).clock(options.clock());
            options.theme().ifPresent(this::theme);
            options.paper().ifPresent(this::paper);
            options.sections().ifPresent(this::sections);
            return this;
        }

        /** The renderer; the builder can be used again. */
        public DocxRenderer build() {
            return new DocxRenderer(this);
        }
    }
}
