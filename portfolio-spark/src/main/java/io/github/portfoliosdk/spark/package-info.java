/**
 * Renders the portfolios held in an Apache Spark {@code Dataset} — one document per member, JSON Resume or our own
 * format — to every output format, on every executor at once: {@link io.github.portfoliosdk.spark.SparkRenderer}
 * for a Spark application, {@link io.github.portfoliosdk.spark.RenderJob} for {@code spark-submit}.
 */
package io.github.portfoliosdk.spark;
