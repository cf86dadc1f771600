package io.github.portfoliosdk.spark.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The formats the job writes, with the file each gets in a member's folder: the names {@code portfolio render -f all}
 * uses (the command line keeps its own table internal, so it is repeated here; both should read one shared table
 * once the model module offers it).
 */
public enum OutputKind {
    /** The HTML page. */
    HTML("html", "index.html"),
    /** The GitHub profile README. */
    MARKDOWN("markdown", "README.md"),
    /** The JSON Resume document. */
    JSON_RESUME("json-resume", "resume.json"),
    /** The PDF CV. */
    PDF("pdf", "cv.pdf");

    private final String format;
    private final String fileName;

    OutputKind(String format, String fileName) {
        this.format = format;
        this.fileName = fileName;
    }

    /** The format's name, as {@code -f} takes it. */
    public String format() {
        return format;
    }

    /** The file this format is written to in a member's folder. */
    public String fileName() {
        return fileName;
    }

    /** The kind of this format name. */
    public static Optional<OutputKind> of(String format) {
        return Arrays.stream(values()).filter(kind -> kind.format.equals(format)).findFirst();
    }

    /** The format names, for messages. */
    public static List<String> names() {
        return Arrays.stream(values()).map(OutputKind::format).toList();
    }
}
