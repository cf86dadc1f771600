package io.github.portfoliosdk.spark.example;

import io.github.portfoliosdk.spark.MemberDocuments;
import io.github.portfoliosdk.spark.RenderSummary;
import io.github.portfoliosdk.spark.RenderedMembers;
import io.github.portfoliosdk.spark.SparkRenderer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * A member directory in a Spark application: every member's page, README and JSON Resume written one folder per
 * member, and the JSON Resume documents also kept as a Parquet table for the data lake. Copy it into your own job.
 * Run: {@code RenderMemberDirectory INPUT_FOLDER OUTPUT_FOLDER} (with {@code -Dspark.master=...}, or local[2]).
 */
public final class RenderMemberDirectory {

    private RenderMemberDirectory() {
    }

    /** Renders the members of the input folder into the output folder and prints what became of them. */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: RenderMemberDirectory INPUT_FOLDER OUTPUT_FOLDER");
            System.exit(2);
        }
        SparkSession spark = SparkSession.builder().appName("member directory")
                .master(System.getProperty("spark.master", "local[2]")).getOrCreate();
        try {
            System.out.println(run(spark, args[0], args[1]));
        } finally {
            spark.stop();
        }
    }

    /** Writes {@code OUTPUT/site/<id>/...} and {@code OUTPUT/resumes.parquet}; returns the site's counts. */
    public static RenderSummary run(SparkSession spark, String input, String output) {
        Dataset<Row> members = MemberDocuments.fromFolder(spark, input);

        // one folder per member; a member whose file is invalid gets no folder, and its problems go to site/_problems
        SparkRenderer site = SparkRenderer.builder().formats("html", "markdown", "json-resume").lenient(true).build();
        RenderSummary summary = site.write(members, output + "/site");

        // or keep the outputs as rows: id, format, file, content
        RenderedMembers resumes = SparkRenderer.builder().formats("json-resume").lenient(true).build().render(members);
        resumes.outputs().write().mode(SaveMode.Overwrite).parquet(output + "/resumes.parquet");
        return summary;
    }
}
