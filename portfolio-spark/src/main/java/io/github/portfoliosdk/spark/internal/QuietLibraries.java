package io.github.portfoliosdk.spark.internal;

import com.openhtmltopdf.util.XRLog;
import java.util.logging.Level;

/**
 * Keeps the PDF typesetter's notices out of the executors' logs: openhtmltopdf writes an INFO line for every font it
 * loads and every document it lays out (millions, in a job), so the job lets through only its warnings.
 */
final class QuietLibraries {

    private QuietLibraries() {
    }

    /** Limits openhtmltopdf's own loggers to warnings and worse, in this JVM. */
    static synchronized void pdf() {
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.WARNING);
        }
    }
}
