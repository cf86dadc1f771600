package io.github.portfoliosdk.spark;

import org.apache.spark.sql.SparkSession;

/** One Spark session in local mode on two cores, shared by the tests of this JVM (starting one takes seconds). */
final class LocalSpark {

    private LocalSpark() {
    }

    /** The session, started on first use. */
    static synchronized SparkSession session() {
        return SparkSession.builder()
                .master("local[2]")
                .appName("portfolio-spark tests")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }
}
