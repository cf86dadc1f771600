package io.github.portfoliosdk.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.regexp_extract;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The members to render, as a {@code Dataset} of {@code id} (string: the member's folder name), {@code source}
 * (string: the document's name in problems) and {@code document} (binary: a JSON Resume document or our YAML/JSON
 * format, told apart by content). Made from a folder of files or from any table.
 */
public final class MemberDocuments {

    /** The files a folder of members is read for: our YAML and JSON, JSON Resume. */
    public static final String FILE_PATTERN = "*.{json,yaml,yml}";

    private MemberDocuments() {
    }

    /**
     * One member per file of the folder ({@code .json}, {@code .yaml}, {@code .yml}; hidden files and those starting
     * with {@code _} are skipped, as Spark does): the id is the file name without its extension, the source the file
     * name. Any Hadoop path: {@code file:}, {@code hdfs:}, {@code s3a:}...
     */
    public static Dataset<Row> fromFolder(SparkSession spark, String folder) {
        Dataset<Row> files = spark.read().format("binaryFile").option("pathGlobFilter", FILE_PATTERN).load(folder);
        return files.select(
                regexp_extract(col("path"), "([^/]*?)(\\.[^./]*)?$", 1).as("id"),
                regexp_extract(col("path"), "([^/]*)$", 1).as("source"),
                col("content").as("document"));
    }

    /**
     * One member per row of a table (Parquet, ORC, JSON Lines, a catalog table...): the id from one column, the
     * document from another (string or binary; a string is taken as UTF-8). The id is also the source in problems.
     */
    public static Dataset<Row> fromTable(Dataset<Row> table, String idColumn, String documentColumn) {
        return table.select(
                col(idColumn).cast("string").as("id"),
                col(idColumn).cast("string").as("source"),
                col(documentColumn).cast("binary").as("document"));
    }
}
