package io.github.portfoliosdk.spark;

import io.github.portfoliosdk.model.Labels;
import io.github.portfoliosdk.spark.internal.HadoopConfiguration;
import io.github.portfoliosdk.spark.internal.MemberRenderer;
import io.github.portfoliosdk.spark.internal.OutputKind;
import io.github.portfoliosdk.spark.internal.JobOptions;
import io.github.portfoliosdk.spark.internal.RenderPartition;
import io.github.portfoliosdk.spark.internal.Rows;
import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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

    /** A builder with the command line's defaults: every format, English, the whole portfolio, strict reading. */
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
     * Renders every member and writes its outputs into {@code output/<id>/} ({@code index.html}, {@code README.md},
     * {@code resume.json}, {@code cv.pdf}), replacing the member's previous folder whole; writes the problems as JSON
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

    /** Sets the options of a {@link SparkRenderer}; the same as {@code portfolio render}'s, with the same defaults. */
    public static final class Builder {

        private final List<OutputKind> formats = new ArrayList<>(List.of(OutputKind.values()));
        private Locale locale = Locale.ENGLISH;
        private List<String> tags = List.of();
        private String theme;
        private String paper;
        private boolean lenient;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * The formats to render, by name: {@code html}, {@code markdown}, {@code json-resume}, {@code pdf}, or
         * {@code all} (the default).
         *
         * @throws IllegalArgumentException for an unknown name, or none
         */
        public Builder formats(Collection<String> names) {
            LinkedHashSet<OutputKind> chosen = new LinkedHashSet<>();
            for (String name : names) {
                if ("all".equals(name)) {
                    chosen.addAll(List.of(OutputKind.values()));
                } else {
                    chosen.add(OutputKind.of(name).orElseThrow(() -> new IllegalArgumentException(
                            "formats: '" + name + "' is not one of " + String.join(", ", OutputKind.names()) + ", all")));
                }
            }
            if (chosen.isEmpty()) {
                throw new IllegalArgumentException("formats: name at least one of " + String.join(", ", OutputKind.names()));
            }
            formats.clear();
            formats.addAll(chosen);
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

        /** The HTML theme and the PDF's print style, by name ({@code terminal}, {@code classic}), as {@code --theme}. */
        public Builder theme(String theme) {
            this.theme = Objects.requireNonNull(theme, "theme");
            return this;
        }

        /** The PDF's paper, by name ({@code a4}, {@code letter}), as {@code --paper}. */
        public Builder paper(String paper) {
            this.paper = Objects.requireNonNull(paper, "paper");
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
         * @throws IllegalArgumentException when an option is refused: an unknown theme or paper, a locale that is not
         *         a language tag, a locale in a script the PDF cannot typeset
         */
        public SparkRenderer build() {
            Instant now = clock.instant();
            JobOptions options = new JobOptions(formats, Labels.localeOf(locale.toLanguageTag()).toLanguageTag(),
                    tags, theme, paper, lenient, now);
            MemberRenderer.forOptions(options);
            return new SparkRenderer(options);
        }
    }
}
