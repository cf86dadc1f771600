package io.github.portfoliosdk.render.pdf.internal;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import io.github.portfoliosdk.model.internal.logging.QuietLoggers;
import java.lang.System.Logger;
import java.util.logging.Level;

/**
 * Keeps the PDF's libraries quiet. openhtmltopdf sets up loggers and a console handler of its own at INFO (five lines
 * a document, deaf to {@code logging.properties}); it is given this logger instead, which passes its messages to
 * {@link System.Logger} under the same names ({@code com.openhtmltopdf.load}...). Those, PDFBox's and FontBox's are
 * then held at WARNING and above unless the application set their levels. An application that gave openhtmltopdf a
 * logger of its own ({@link XRLog#setLoggerImpl(XRLogger)}) keeps it.
 */
public final class LibraryLogs implements XRLogger {

    private LibraryLogs() {
    }

    /** Installs the logger and the levels, once per class loader; called before the libraries are first used. */
    public static synchronized void install() {
        XRLogger current = XRLog.getLoggerImpl();
        // null until openhtmltopdf first logs, when it makes its default, a JDKXRLogger
        if (current == null || current instanceof JDKXRLogger) {
            XRLog.setLoggerImpl(new LibraryLogs());
        }
        QuietLoggers.warningAndAbove("com.openhtmltopdf", "org.apache.pdfbox", "org.apache.fontbox", "org.apache.xmpbox");
    }

    @Override
    public void log(String where, Level level, String message) {
        System.getLogger(where).log(level(level), message);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        System.getLogger(where).log(level(level), message, error);
    }

    /** Levels are the logging back end's business (its configuration), not openhtmltopdf's. */
    @Override
    public void setLevel(String logger, Level level) {
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return System.getLogger(diagnostic.getLogMessageId().getWhere()).isLoggable(level(diagnostic.getLevel()));
    }

    private static Logger.Level level(Level level) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            return Logger.Level.ERROR;
        }
        if (value >= Level.WARNING.intValue()) {
            return Logger.Level.WARNING;
        }
        if (value >= Level.INFO.intValue()) {
            return Logger.Level.INFO;
        }
        return value >= Level.FINE.intValue() ? Logger.Level.DEBUG : Logger.Level.TRACE;
    }
}
