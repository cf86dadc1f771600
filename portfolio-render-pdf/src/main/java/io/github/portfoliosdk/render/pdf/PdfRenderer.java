package io.github.portfoliosdk.render.pdf;

import io.github.portfoliosdk.model.Paper;
import io.github.portfoliosdk.model.Theme;
import io.github.portfoliosdk.model.Labels;
import io.github.portfoliosdk.model.RenderOptions;
import io.github.portfoliosdk.model.InvalidPortfolioException;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.PortfolioValidator;
import io.github.portfoliosdk.model.PortfolioRenderer;
import io.github.portfoliosdk.model.PortfolioRenderers;
import io.github.portfoliosdk.model.Section;
import io.github.portfoliosdk.model.internal.output.Outputs;
import io.github.portfoliosdk.render.pdf.internal.Attachments;
import io.github.portfoliosdk.render.pdf.internal.Coverage;
import io.github.portfoliosdk.render.pdf.internal.CvLayout;
import io.github.portfoliosdk.render.pdf.internal.Fonts;
import io.github.portfoliosdk.render.pdf.internal.LibraryLogs;
import io.github.portfoliosdk.render.pdf.internal.Typesetter;
import io.github.portfoliosdk.render.pdf.internal.XhtmlWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Renders a portfolio as a PDF CV: A4 or US Letter, tagged for accessibility (PDF/UA-1) and archival (PDF/A-3b),
 * with a bookmark per section, page numbers (with the name after the first page), links only where {@link io.github.portfoliosdk.model.LinkPolicy}
 * allows them, and the bundled DejaVu fonts (Noto Emoji for emoji) embedded as subsets. The portfolio's JSON Resume
 * export is embedded as an associated file ({@code resume.json}), which {@link #embeddedJsonResume(byte[])} reads back.
 * <p>Built with {@link #builder()} or {@link #create()}; immutable and thread-safe. All user text prints literally;
 * variation selectors (U+FE0E, U+FE0F) are left out, with a {@link System.Logger} warning. Text the fonts cannot
 * typeset (scripts other than Latin, Greek, Cyrillic, Arabic, Hebrew, Tamil and Devanagari) is refused with an
 * {@link IllegalArgumentException} naming each field and character, before anything is written. Arabic and Hebrew
 * text is laid out right to left (the Unicode bidirectional algorithm, each paragraph in the direction of its first
 * letter) with Arabic letters joined; Tamil and Devanagari text is shaped as HarfBuzz shapes it (conjuncts, vowel
 * signs before their consonant) and extracts as typed. The fixed words (section titles, "Problem:", "present"...)
 * come from the shared label catalogue ({@link Labels}) in any locale whose labels are in those scripts (en, de, fr,
 * es, pt-BR, it, nl, pl, ar, he, ta, hi; an ar or he page runs right to left; ja and zh-Hans with the optional
 * Chinese and Japanese fonts); {@link Builder#build()} refuses the others.
 */
public final class PdfRenderer implements PortfolioRenderer {

    private static final System.Logger LOG = System.getLogger(PdfRenderer.class.getName());

    /** The format name: {@code pdf}. */
    public static final String FORMAT = "pdf";

    static {
        LibraryLogs.install();
    }

    private final Paper paper;
    private final Theme theme;
    private final List<Section> sections;
    private final Clock clock;
    private final Labels labels;
    private final Set<String> tags;
    private final PortfolioRenderer jsonResume;
    private final CvLayout layout;

    private PdfRenderer(Builder builder) {
        this.paper = builder.paper;
        this.theme = builder.theme;
        this.sections = builder.sections;
        this.clock = builder.clock;
        this.labels = builder.catalogue != null ? builder.catalogue : Labels.of(builder.locale);
        this.tags = builder.tags;
        Set<String> refused = Fonts.coverage().refusedScripts(labels);
        if (!refused.isEmpty()) {
            throw new IllegalArgumentException("the PDF cannot typeset the labels of locale "
                    + labels.locale().toLanguageTag() + " (" + String.join(", ", refused) + " script); it covers "
                    + Fonts.coverage().scripts() + Fonts.coverage().advice(refused)
                    + ": render this locale as HTML or Markdown, or give the PDF labels in those"
                    + " scripts with labels(Labels)");
        }
        this.jsonResume = !builder.embedJsonResume ? null
                : builder.jsonResume != null ? builder.jsonResume
                : PortfolioRenderers.forFormat("json-resume").orElse(null);
        this.layout = new CvLayout(sections, builder.titles, builder.renderers, theme.id(), paper,
                clock, labels);
    }

    /** A renderer with the defaults; see {@link Builder}. */
    public static PdfRenderer create() {
        return builder().build();
    }

    /** A builder with the defaults: A4, classic theme, the CV sections, English, system clock, JSON Resume embedded. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The built-in renderer of a section, the one a new builder has registered: wrap it to print the default and
     * then add something. For a section of the user's own ({@link Section#custom}) it prints the entries of the
     * portfolio's custom section with that id.
     */
    public static PdfSectionRenderer defaultSectionRenderer(Section section) {
        return CvLayout.defaultRenderer(Objects.requireNonNull(section, "section"));
    }

    /** Returns {@code pdf}. */
    @Override
    public String format() {
        return FORMAT;
    }

    /** {@code application/pdf}. */
    @Override
    public String mediaType() {
        return "application/pdf";
    }

    /** The paper the CV is laid out for. */
    public Paper paper() {
        return paper;
    }

    /** The label catalogue the fixed words come from; the document's language is its {@link Labels#language()}. */
    public Labels labels() {
        return labels;
    }

    /** Whether the PDFs embed the JSON Resume export: asked for, and a {@code json-resume} renderer was found. */
    public boolean embedsJsonResume() {
        return jsonResume != null;
    }

    /**
     * Writes the PDF to the stream, which is flushed, not closed. The document is checked before a byte is written.
     *
     * @throws InvalidPortfolioException when the portfolio breaks a rule of the model
     *     ({@link PortfolioValidator#checkOnce})
     * @throws IllegalArgumentException when text cannot be typeset; the message has a line for each field, naming
     *     each character it cannot typeset once
     * @throws UncheckedIOException when the output fails
     */
    @Override
    public void write(Portfolio portfolio, OutputStream output) {
        PortfolioValidator.checkOnce(portfolio);
        Objects.requireNonNull(output, "output");
        Portfolio shown = portfolio.tailored(tags);
        XhtmlWriter writer = new XhtmlWriter(Fonts.coverage(), labels.rightToLeft());
        layout.write(shown, writer);
        List<String> problems = writer.problems();
        if (!problems.isEmpty()) {
            int characters = writer.refusedCharacters();
            throw new IllegalArgumentException("the PDF cannot typeset " + characters
                    + (characters == 1 ? " character" : " characters") + " (it covers " + Fonts.coverage().scripts()
                    + Fonts.coverage().advice(writer.refusedScripts()) + "):\n  "
                    + String.join("\n  ", problems));
        }
        if (!writer.leftOut().isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "the PDF leaves out " + writer.leftOut().size() + " variation "
                    + (writer.leftOut().size() == 1 ? "selector" : "selectors") + ", which ask for a colour or text "
                    + "presentation of the character before them; its fonts have one form of each:\n  "
                    + String.join("\n  ", writer.leftOut()));
        }
        byte[] attachment = jsonResume == null ? null : jsonResume.toBytes(shown);
        try {
            Typesetter.typeset(writer.document(), attachment, clock.instant(), labels.language(), output);
            output.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the PDF: " + Outputs.reason(e), e);
        }
    }

    /**
     * The JSON Resume document embedded in a PDF made by this renderer (the associated file {@code resume.json}),
     * or empty when the PDF has none.
     *
     * @throws IllegalArgumentException when the bytes are not a readable PDF
     */
    public static Optional<byte[]> embeddedJsonResume(byte[] pdf) {
        Objects.requireNonNull(pdf, "pdf");
        try {
            return Attachments.jsonResume(pdf);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a readable PDF: " + e.getMessage(), e);
        }
    }

    /** Configures a {@link PdfRenderer}; not thread-safe, use one per thread. */
    public static final class Builder {
        private Paper paper = Paper.A4;
        private Theme theme = Theme.CLASSIC;
        private List<Section> sections;
        private final Map<Section, String> titles = new HashMap<>();
        private final Map<Section, PdfSectionRenderer> renderers = new LinkedHashMap<>();
        private Clock clock = Clock.systemUTC();
        private Locale locale = Locale.ENGLISH;
        private Set<String> tags = Set.of();
        private Labels catalogue;
        private boolean embedJsonResume = true;
        private PortfolioRenderer jsonResume;

        private Builder() {
            for (Section section : Section.defaultOrder()) {
                sectionRenderer(section, CvLayout.defaultRenderer(section));
            }
        }

        /** The paper size; default {@link Paper#A4}. */
        public Builder paper(Paper paper) {
            this.paper = Objects.requireNonNull(paper, "paper");
            return this;
        }

        /** The print style; default {@link Theme#CLASSIC}. */
        public Builder theme(Theme theme) {
            this.theme = Objects.requireNonNull(theme, "theme");
            return this;
        }

        /**
         * Which sections to print, in this order. Default: hero (with every contact detail under the name), work,
         * projects, skills, education, volunteering, certificates, awards, publications, languages, then the
         * sections of the user's own (those given a renderer here, then the portfolio's custom sections); contact,
         * about, system design, design notes, focus, interests and references only when listed here.
         *
         * @throws IllegalArgumentException when a section is listed twice
         */
        public Builder sections(List<Section> sections) {
            List<Section> copy = List.copyOf(sections);
            if (copy.stream().distinct().count() != copy.size()) {
                throw new IllegalArgumentException("a section is listed twice: " + copy);
            }
            this.sections = copy;
            return this;
        }

        /**
         * Which sections to print, in this order; see {@link #sections(List)}.
         *
         * @throws IllegalArgumentException when a section is listed twice
         */
        public Builder sections(Section... sections) {
            return sections(Arrays.asList(sections));
        }

        /**
         * The heading of a section instead of the catalogue's ({@link Section#titleKey()} in {@link Labels}) or, for a
         * section of the user's own, its title in the data.
         */
        public Builder sectionTitle(Section section, String title) {
            Objects.requireNonNull(section, "section");
            if (title == null || title.isBlank()) {
                throw new IllegalArgumentException("sectionTitle: the title of " + section.id() + " must not be blank");
            }
            titles.put(section, title);
            return this;
        }

        /**
         * Prints this section with the given renderer instead of the built-in one, or adds a section of the user's
         * own ({@link Section#custom}), which then takes its place in the default order; the renderer must be
         * thread-safe. Every built-in section starts with its built-in renderer
         * ({@link PdfRenderer#defaultSectionRenderer(Section)}), registered through this method.
         */
        public Builder sectionRenderer(Section section, PdfSectionRenderer renderer) {
            renderers.put(Objects.requireNonNull(section, "section"), Objects.requireNonNull(renderer, "renderer"));
            return this;
        }

        /**
         * Renders a tailored variant: only the items tagged with any of these tags, and untagged ones
         * ({@link Portfolio#tailored(Set)}), and embeds that variant's JSON Resume; empty (the whole portfolio) by
         * default. Rendering a portfolio in which no item carries one of the tags throws
         * {@link IllegalArgumentException}, saying which tag is closest.
         */
        public Builder tags(Set<String> tags) {
            this.tags = Set.copyOf(Objects.requireNonNull(tags, "tags"));
            return this;
        }

        /** The clock for "today" (years of experience) and the PDF's dates; default the system clock in UTC. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The locale of month names ("Feb 2026", "März 2022") and of the labels (the bundled catalogue,
         * {@link Labels#of(Locale)}); default English. Replaces a catalogue set with {@link #labels(Labels)}.
         * {@link #build()} refuses a locale whose labels the fonts cannot typeset (hi, ja, ta, zh-Hans).
         */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            this.catalogue = null;
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
         * The renderer whose output is embedded as {@code resume.json}: a {@code json-resume} renderer configured
         * as the caller likes. Default: the {@code json-resume} renderer found through
         * {@link PortfolioRenderers#forFormat(String)} when {@link #build()} runs (the module
         * {@code portfolio-jsonresume} on the path); without one, PDFs have no attachment.
         *
         * @throws IllegalArgumentException when the renderer's format is not {@code json-resume}
         */
        public Builder jsonResume(PortfolioRenderer jsonResume) {
            Objects.requireNonNull(jsonResume, "jsonResume");
            if (!"json-resume".equals(jsonResume.format())) {
                throw new IllegalArgumentException("the embedded export must be json-resume, not " + jsonResume.format());
            }
            this.jsonResume = jsonResume;
            return this;
        }

        /** Whether to embed the JSON Resume export at all; default on. */
        public Builder embedJsonResume(boolean embedJsonResume) {
            this.embedJsonResume = embedJsonResume;
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

        /**
         * The renderer; the builder can be used again.
         *
         * @throws IllegalArgumentException when the fonts cannot typeset the labels (a locale in a script other than
         *     Latin, Greek, Cyrillic, Arabic, Hebrew, Tamil and Devanagari, or Chinese and Japanese with their optional fonts); the
         *     message names the locale and the scripts the PDF covers
         */
        public PdfRenderer build() {
            return new PdfRenderer(this);
        }
    }
}
