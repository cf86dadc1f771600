/**
 * The job's parts that are not API: the options shipped to executors, the per-executor renderers, the rows' schemas
 * and the member folders written on a Hadoop file system.
 */
package io.github.portfoliosdk.spark.internal;
