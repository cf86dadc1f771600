package io.github.portfoliosdk.cli.internal;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** What {@code render -f} produces, with the file name each format gets in an output folder. */
enum OutputFormat {
    /** An HTML page (or fragment). */
    HTML("html", "index.html"),
    /** A GitHub profile README or CommonMark document. */
    MARKDOWN("markdown", "README.md"),
    /** A JSON Resume document. */
    JSON_RESUME("json-resume", "resume.json"),
    /** A PDF CV. */
    PDF("pdf", "cv.pdf"),
    /** A Word CV. */
    DOCX("docx", "cv.docx"),
    /** The CV as plain text. */
    TEXT("text", "cv.txt"),
    /** All of them, into a folder. */
    ALL("all", null);

    private final String id;
    private final String fileName;

    OutputFormat(String id, String fileName) {
        this.id = id;
        this.fileName = fileName;
    }

    /** The name on the command line. */
    String id() {
        return id;
    }

    /** The file this format is written to inside an output folder. */
    String fileName() {
        return fileName;
    }

    /** The single formats this stands for: itself, or all of them for {@link #ALL}. */
    List<OutputFormat> formats() {
        return this == ALL ? List.of(HTML, MARKDOWN, JSON_RESUME, PDF, DOCX, TEXT) : List.of(this);
    }

    /** Converts and completes {@code -f} values. */
    static final class Converter implements ITypeConverter<OutputFormat>, Iterable<String> {
        @Override
        public OutputFormat convert(String value) {
            return Arrays.stream(values()).filter(format -> format.id.equals(value)).findFirst()
                    .orElseThrow(() -> new TypeConversionException("'" + value + "' is not one of " + String.join(", ", this)));
        }

        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values()).map(OutputFormat::id).collect(Collectors.toList()).iterator();
        }
    }
}
