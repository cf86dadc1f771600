package io.github.portfoliosdk.spark.internal;

import io.github.portfoliosdk.model.Problem;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/** The rows the job reads and makes, and their schemas (column names are those the public API documents). */
public final class Rows {

    /** A problem's columns: severity ({@code error} or {@code warning}), source, line, column, path, message. */
    public static final StructType PROBLEM = new StructType(new StructField[] {
        DataTypes.createStructField("severity", DataTypes.StringType, false),
        DataTypes.createStructField("source", DataTypes.StringType, true),
        DataTypes.createStructField("line", DataTypes.IntegerType, false),
        DataTypes.createStructField("column", DataTypes.IntegerType, false),
        DataTypes.createStructField("path", DataTypes.StringType, false),
        DataTypes.createStructField("message", DataTypes.StringType, false),
    });

    /** An output's columns: format, file (its name in the member's folder), content. */
    public static final StructType OUTPUT = new StructType(new StructField[] {
        DataTypes.createStructField("format", DataTypes.StringType, false),
        DataTypes.createStructField("file", DataTypes.StringType, false),
        DataTypes.createStructField("content", DataTypes.BinaryType, false),
    });

    /** One member's result: id, status ({@code rendered} or {@code refused}), outputs, problems. */
    public static final StructType MEMBER = new StructType(new StructField[] {
        DataTypes.createStructField("id", DataTypes.StringType, true),
        DataTypes.createStructField("status", DataTypes.StringType, false),
        DataTypes.createStructField("outputs", DataTypes.createArrayType(OUTPUT, false), false),
        DataTypes.createStructField("problems", DataTypes.createArrayType(PROBLEM, false), false),
    });

    /** The status of a rendered member. */
    public static final String RENDERED = "rendered";
    /** The status of a refused member. */
    public static final String REFUSED = "refused";

    private Rows() {
    }

    /** The member's row; with {@code keepOutputs} false its outputs are left out (they were written to files). */
    public static Row member(MemberResult result, boolean keepOutputs) {
        List<Row> outputs = new ArrayList<>();
        if (keepOutputs) {
            for (MemberResult.Output output : result.outputs()) {
                outputs.add(RowFactory.create(output.format(), output.fileName(), output.bytes()));
            }
        }
        List<Row> problems = new ArrayList<>();
        result.errors().forEach(problem -> problems.add(problem("error", problem)));
        result.warnings().forEach(problem -> problems.add(problem("warning", problem)));
        return RowFactory.create(result.id(), result.rendered() ? RENDERED : REFUSED, seq(outputs), seq(problems));
    }

    private static Row problem(String severity, Problem problem) {
        return RowFactory.create(severity, problem.source(), problem.line(), problem.column(), problem.path(),
                problem.message());
    }

    private static scala.collection.immutable.Seq<Row> seq(List<Row> rows) {
        return CollectionConverters.asScala(rows).toList();
    }
}
