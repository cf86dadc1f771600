package io.github.portfoliosdk.maven.internal;

import io.github.portfoliosdk.json.PortfolioFormat;
import io.github.portfoliosdk.jsonresume.JsonResumeImporter;
import io.github.portfoliosdk.model.Portfolio;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Reads the plugin's input file: the one place that knows how, so that every goal reads it alike. */
public final class PortfolioInput {

    /**
     * Hibernate Validator announces its version on java.util.logging when it starts: noise in a build log, and not
     * quiet under {@code mvn -q}. Held here, as java.util.logging keeps only weak references to loggers.
     */
    private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

    private PortfolioInput() {
    }

    /**
     * Reads and validates a portfolio file.
     *
     * @param from {@code native} (our YAML or JSON, chosen by the file's extension, YAML when it has neither) or
     *     {@code json-resume}
     * @param sourceName the file's name in problems ({@code file:line:column: path: message})
     * @throws io.github.portfoliosdk.model.InvalidPortfolioException with every problem, located
     * @throws IllegalArgumentException when the file cannot be read or {@code from} is unknown, with a message to show
     */
    public static Portfolio read(Path file, String from, String sourceName) {
        if (VALIDATOR_LOG.getLevel() == null) {
            VALIDATOR_LOG.setLevel(Level.WARNING);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return switch (from) {
                case "native" -> PortfolioFormat.forFileName(file.getFileName().toString())
                        .orElse(PortfolioFormat.yaml())
                        .read(in, sourceName);
                case "json-resume" -> JsonResumeImporter.create().read(in, sourceName);
                default -> throw new IllegalArgumentException("<from>" + from + "</from> is not native or json-resume");
            };
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("Cannot read " + sourceName + ": no such file; set <input> to your portfolio file", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read " + sourceName + ": " + e.getMessage(), e);
        }
    }
}
