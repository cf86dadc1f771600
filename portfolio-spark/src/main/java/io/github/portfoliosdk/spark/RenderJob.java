package io.github.portfoliosdk.spark;

import io.github.portfoliosdk.model.PortfolioRenderers;
import io.github.portfoliosdk.model.RenderOptions;
import io.github.portfoliosdk.spark.internal.JobArguments;
import java.time.Clock;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code spark-submit} job: renders every member of the input into {@code OUTPUT/<id>/} and the problems into
 * {@code OUTPUT/_problems/}, then prints the counts.
 * <pre>
 * spark-submit --class io.github.portfoliosdk.spark.RenderJob portfolio-spark.jar --input IN --output OUT
 *     [--formats docx,html,json-resume,markdown,pdf,text|all] [--locale TAG] [--tags LIST] [--theme terminal|classic]
 *     [--paper a4|letter] [--lenient] [--input-format files|parquet|orc|json|csv] [--id-column id] [--document-column document]
 * </pre>
 * With {@code --input-format files} (the default) IN is a folder with one file per member; otherwise a table whose
 * rows hold the id and the document. {@code SOURCE_DATE_EPOCH} (seconds) fixes "now", as for the command line.
 * Exit codes: 0 when the job ran (refused members included: see the problems), 2 for a usage error.
 */
public final class RenderJob {

    /** The exit code of a usage error, as the command line's. */
    public static final int USAGE = 2;

    private RenderJob() {
    }

    /** Runs the job; without a master set by {@code spark-submit}, in local mode on every core. */
    public static void main(String[] args) {
        JobArguments arguments;
        SparkRenderer renderer;
        try {
            arguments = JobArguments.parse(args);
            renderer = renderer(arguments);
        } catch (IllegalArgumentException e) {
            System.err.println("RenderJob: " + e.getMessage());
            System.err.println("usage: RenderJob --input IN --output OUT [--formats LIST] [--locale TAG] [--tags LIST]"
                    + " [--theme NAME] [--paper a4|letter] [--lenient] [--input-format files|parquet|orc|json|csv]"
                    + " [--id-column NAME] [--document-column NAME]");
            System.exit(USAGE);
            return;
        }
        SparkSession.Builder session = SparkSession.builder().appName("portfolio render");
        if (!new SparkConf().contains("spark.master")) {
            session.master("local[*]");
        }
        SparkSession spark = session.getOrCreate();
        try {
            RenderSummary summary = run(spark, arguments, renderer);
            System.out.println(summary);
            if (summary.refused() + summary.warned() > 0) {
                System.out.println("problems: " + arguments.value("--output", "") + "/" + SparkRenderer.PROBLEMS_FOLDER);
            }
        } finally {
            spark.stop();
        }
    }

    /** Renders the input the arguments name with this renderer. */
    static RenderSummary run(SparkSession spark, JobArguments arguments, SparkRenderer renderer) {
        String input = arguments.value("--input", null);
        String inputFormat = arguments.value("--input-format", "files");
        Dataset<Row> members = "files".equals(inputFormat)
                ? MemberDocuments.fromFolder(spark, input)
                : MemberDocuments.fromTable(spark.read().format(inputFormat).option("header", "true").load(input),
                        arguments.value("--id-column", "id"), arguments.value("--document-column", "document"));
        return renderer.write(members, arguments.value("--output", null));
    }

    /**
     * The renderer the options describe, checked; locale, tags, theme and paper are read by {@link RenderOptions}'s
     * rules, as the command line reads them.
     */
    static SparkRenderer renderer(JobArguments arguments) {
        SparkRenderer.Builder builder = SparkRenderer.builder()
                .formats(arguments.has("--formats") ? arguments.list("--formats") : List.of(PortfolioRenderers.ALL))
                .tags(RenderOptions.parseTags(arguments.value("--tags", "")))
                .lenient(arguments.has("--lenient"))
                .clock(clock());
        if (arguments.has("--locale")) {
            try {
                builder.locale(RenderOptions.parseLocale(arguments.value("--locale", null)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--locale: " + e.getMessage(), e);
            }
        }
        if (arguments.has("--theme")) {
            builder.theme(arguments.value("--theme", null));
        }
        if (arguments.has("--paper")) {
            builder.paper(arguments.value("--paper", null));
        }
        return builder.build();
    }

    /** Now, or the instant {@code SOURCE_DATE_EPOCH} names, read as the command line reads it. */
    private static Clock clock() {
        try {
            return RenderOptions.parseClock(System.getenv("SOURCE_DATE_EPOCH"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("SOURCE_DATE_EPOCH: " + e.getMessage(), e);
        }
    }
}
