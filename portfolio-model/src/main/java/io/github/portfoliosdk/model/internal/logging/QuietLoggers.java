package io.github.portfoliosdk.model.internal.logging;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Holds the loggers of the libraries under the SDK (Hibernate Validator, openhtmltopdf, PDFBox) at WARNING and above,
 * so that validating and rendering print nothing to standard error; a level the application configured (in its
 * {@code logging.properties}, say) is kept. Without java.util.logging as their back end, the application's logging
 * decides, as it should.
 */
public final class QuietLoggers {

    /** java.util.logging keeps only weak references to loggers: a level set on one collected would be lost. */
    private static final Set<Logger> HELD = ConcurrentHashMap.newKeySet();

    private QuietLoggers() {
    }

    /** Sets each named logger whose level nobody configured to {@link Level#WARNING}. */
    public static void warningAndAbove(String... names) {
        for (String name : names) {
            Logger logger = Logger.getLogger(Objects.requireNonNull(name, "name"));
            if (HELD.add(logger) && logger.getLevel() == null) {
                logger.setLevel(Level.WARNING);
            }
        }
    }
}
