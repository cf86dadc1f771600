package io.github.portfoliosdk.spark.internal;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What every executor needs to build its renderers, as plain values so that the driver can send it: the formats in
 * the order they are rendered, the language tag, the tags of a tailored variant, the theme and paper names (null:
 * each renderer's default), lenient reading, and "now".
 *
 * @param formats the formats to render, at least one, without repeats
 * @param locale a BCP 47 language tag
 * @param tags the tags of a tailored variant; empty for the whole portfolio
 * @param theme a theme name, or null
 * @param paper a paper name, or null
 * @param lenient whether JSON Resume documents are read leniently
 * @param now the instant renderers take as "now"
 */
public record JobOptions(List<OutputKind> formats, String locale, List<String> tags, String theme, String paper,
                            boolean lenient, Instant now) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Checks the values and copies the lists. */
    public JobOptions {
        formats = List.copyOf(formats);
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("formats: name at least one of " + String.join(", ", OutputKind.names()));
        }
        if (formats.stream().distinct().count() != formats.size()) {
            throw new IllegalArgumentException("formats: " + formats + " names a format twice");
        }
        Objects.requireNonNull(locale, "locale");
        tags = List.copyOf(tags);
        Objects.requireNonNull(now, "now");
    }
}
