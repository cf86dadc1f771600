package io.github.portfoliosdk.spark;

import io.github.portfoliosdk.model.Paper;
import io.github.portfoliosdk.model.PortfolioRendererProvider;
import io.github.portfoliosdk.model.PortfolioRenderers;
import io.github.portfoliosdk.model.RenderOptions;
import io.github.portfoliosdk.model.Theme;
import io.github.portfoliosdk.spark.internal.HadoopConfiguration;
import io.github.portfoliosdk.spark.internal.MemberRenderer;
import io.github.portfoliosdk.spark.internal.JobOptions;
import io.github.portfoliosdk.spark.internal.RenderPartition;
import io.github.portfoliosdk.spark.internal.Rows;
import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.storage.StorageLevel;

/**
 * Renders many members' portfolios with Apache Spark, each exactly as {@code portfolio render} renders it with the
 * same options (same bytes): {@link #write} into one folder per member under an output path, or {@link #render}
 * into a {@code Dataset} of outputs for the caller to store. The members come from {@link MemberDocuments}.
 * <pre>{@code
 * SparkRenderer renderer = SparkRenderer.builder().formats("html", "markdown", "json-resume").lenient(true).build();
 * RenderSummary summary = renderer.write(MemberDocuments.fromFolder(spark, "s3a://lake/members"), "s3a://site/members");
 * }</pre>
 * A member whose document is invalid, or that a renderer refuses, does not fail the job: it gets no output, and its
 * located problems go to the problems output. The renderers are built once per executor and reused for every member.
 * <p>Immutable, serializable and thread-safe; the options are checked by {@link Builder#build()}, on the driver.
 */
public final class SparkRenderer implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The folder under the output path that {@link #write} puts the problems in (a member id cannot start with '_'). */
    public static final String PROBLEMS_FOLDER = "_problems";

    private final JobOptions options;

    private SparkRenderer(JobOptions options) {
        this.options = options;
    }

    /**
     * A builder with the command line's defaults: every format on the class path (as {@code -f all}), English, the
     * whole portfolio, each format's own theme and paper, strict reading.
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Renders every member into rows (lazily, like any {@code Dataset}): the bytes of each output and the problems.
     *
     * @param members rows of {@code id}, {@code source} and {@code document}, as {@link MemberDocuments} makes them
     */
    public RenderedMembers render(Dataset<Row> members) {
        return new RenderedMembers(documents(members).mapPartitions(RenderPartition.toRows(options), Encoders.row(Rows.MEMBER)));
    }

    /**
     * Renders every member and writes its outputs into {@code output/<id>/}, each under the file name
     * {@code portfolio render -f all} gives it ({@code index.html}, {@code README.md}, {@code resume.json},
     * {@code cv.pdf}, {@code cv.docx}, {@code cv.txt}), replacing the member's previous folder whole; writes the problems as JSON
     * Lines into {@code output/_problems/} (replacing the previous ones) and returns the counts. A refused member's
     * previous folder is left as it was, as the command line leaves an output it could not replace. Member ids must be
     * unique.
     *
     * @param members rows of {@code id}, {@code source} and {@code document}, as {@link MemberDocuments} makes them
     * @param output a folder on any file system Hadoop reaches, shared by the executors
     */
    public RenderSummary write(Dataset<Row> members, String output) {
        Objects.requireNonNull(output, "output");
        HadoopConfiguration hadoop = new HadoopConfiguration(members.sparkSession().sparkContext().hadoopConfiguration());
        Dataset<Row> written = documents(members)
                .mapPartitions(RenderPartition.toFolders(options, output, hadoop), Encoders.row(Rows.MEMBER))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            RenderedMembers result = new RenderedMembers(written);
            result.problems().write().mode(SaveMode.Overwrite).json(output + "/" + PROBLEMS_FOLDER);
            return result.summary();
        } finally {
            written.unpersist();
        }
    }

    private static Dataset<Row> documents(Dataset<Row> members) {
        return members.select("id", "source", "document");
    }

    /**
     * Sets the options of a {@link SparkRenderer}: the same as {@code portfolio render}'s, with the same defaults, read
     * by the same rules and refused in the same words ({@link RenderOptions}'s {@code parse…} methods).
     */
    public static final class Builder {

        private List<String> formats = formatNames(PortfolioRenderers.providers());
        private Locale locale = Locale.ENGLISH;
        private List<String> tags = List.of();
        private Theme theme;
        private Paper paper;
        private boolean lenient;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * The formats to render, by name, as {@code portfolio render -f} takes them: any format whose renderer is on
         * the class path ({@code docx}, {@code html}, {@code json-resume}, {@code markdown}, {@code pdf},
         * {@code text}), or {@code all} (the default) for every one of them. Each is written under its provider's
         * file name ({@link PortfolioRendererProvider#fileName()}: {@code index.html}, {@code cv.pdf}...).
         *
         * @throws IllegalArgumentException for an unknown name, a name given twice, or none
         */
        public Builder formats(Collection<String> names) {
            if (names.isEmpty()) {
                throw new IllegalArgumentException("formats: name at least one of " + String.join(", ",
                        formatNames(PortfolioRenderers.providers())) + ", " + PortfolioRenderers.ALL);
            }
            try {
                formats = formatNames(PortfolioRenderers.providers(String.join(",", names)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("formats: " + e.getMessage(), e);
            }
            return this;
        }

        /** The formats to render, as {@link #formats(Collection)}. */
        public Builder formats(String... names) {
            return formats(List.of(names));
        }

        /** The language of labels, dates and numbers (default English), as {@code --locale}. */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /** Renders the tailored variant with these tags, as {@code --tags}; a member carrying none of them is refused. */
        public Builder tags(Collection<String> tags) {
            this.tags = List.copyOf(new LinkedHashSet<>(tags));
            return this;
        }

        /**
         * The HTML theme and the CV's print style, by name ({@code terminal}, {@code classic}, any case), as
         * {@code --theme}.
         *
         * @throws IllegalArgumentException naming the themes there are
         */
        public Builder theme(String theme) {
            try {
                this.theme = RenderOptions.parseTheme(Objects.requireNonNull(theme, "theme"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("theme: " + e.getMessage(), e);
            }
            return this;
        }

        /**
         * The paper of the paged formats, by name ({@code a4}, {@code letter}, any case), as {@code --paper}.
         *
         * @throws IllegalArgumentException naming the sizes there are
         */
        public Builder paper(String paper) {
            try {
                this.paper = RenderOptions.parsePaper(Objects.requireNonNull(paper, "paper"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("paper: " + e.getMessage(), e);
            }
            return this;
        }

        /** Whether JSON Resume documents are read leniently, their repairs reported as warnings, as {@code --lenient}. */
        public Builder lenient(boolean lenient) {
            this.lenient = lenient;
            return this;
        }

        /** The clock whose instant, taken once by {@link #build()}, every executor renders with as "now". */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The renderer; its renderers are built once here, on the driver, to refuse bad options before any task runs.
         *
         * @throws IllegalArgumentException when an option is refused: a locale without a catalogue's fallback, a
         *         locale in a script the PDF cannot typeset, saying which format refuses it
         */
        public SparkRenderer build() {
            Instant now = clock.instant();
            String language;
            try {
                language = RenderOptions.parseLocale(locale.toLanguageTag()).toLanguageTag();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("locale: " + e.getMessage(), e);
            }
            JobOptions options = new JobOptions(formats, language, tags, theme == null ? null : theme.id(),
                    paper == null ? null : paper.id(), lenient, now);
            MemberRenderer.forOptions(options);
            return new SparkRenderer(options);
        }

        private static List<String> formatNames(List<PortfolioRendererProvider> providers) {
            return providers.stream().map(PortfolioRendererProvider::format).toList();
        }
    }
}
