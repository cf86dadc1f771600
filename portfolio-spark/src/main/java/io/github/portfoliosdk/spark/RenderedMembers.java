package io.github.portfoliosdk.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The members of a {@link SparkRenderer#render} run, one row each, and the views a caller stores: the outputs and
 * the problems. Like every {@code Dataset}, nothing is rendered until an action runs, and each action renders again
 * unless the caller persists {@link #members()} first.
 */
public final class RenderedMembers {

    private final Dataset<Row> members;

    RenderedMembers(Dataset<Row> members) {
        this.members = members;
    }

    /**
     * One row per member: {@code id} (string), {@code status} ({@code rendered} or {@code refused}), {@code outputs}
     * (array of the {@link #outputs()} columns but the id) and {@code problems} (array of the {@link #problems()}
     * columns but the id).
     */
    public Dataset<Row> members() {
        return members;
    }

    /**
     * One row per output file: {@code id}, {@code format} (its name: {@code html}, {@code markdown},
     * {@code json-resume}, {@code pdf}, {@code docx}, {@code text}), {@code file} (its name in the member's folder, as
     * {@code portfolio render -f all} names it: {@code index.html}, {@code README.md}, {@code resume.json},
     * {@code cv.pdf}, {@code cv.docx}, {@code cv.txt}) and {@code content} (binary: the bytes the command line writes).
     */
    public Dataset<Row> outputs() {
        return members.select(col("id"), explode(col("outputs")).as("output")).select("id", "output.*");
    }

    /**
     * One row per problem: {@code id}, {@code severity} ({@code error}: the member was refused; {@code warning}: a
     * lenient read repaired it), {@code source} (the document's name), {@code line} and {@code column} (1-based; 0
     * when not known), {@code path} (where in the portfolio, such as {@code work[2].endDate}) and {@code message}.
     */
    public Dataset<Row> problems() {
        return members.select(col("id"), explode(col("problems")).as("problem")).select("id", "problem.*");
    }

    /** Counts the members by what became of them (an action: it renders them, unless persisted). */
    public RenderSummary summary() {
        Row counts = members.agg(
                expr("coalesce(sum(if(status = 'rendered', 1L, 0L)), 0L)"),
                expr("coalesce(sum(if(status = 'refused', 1L, 0L)), 0L)"),
                expr("coalesce(sum(if(exists(problems, p -> p.severity = 'warning'), 1L, 0L)), 0L)")).first();
        return new RenderSummary(counts.getLong(0), counts.getLong(1), counts.getLong(2));
    }
}
