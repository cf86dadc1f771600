package io.github.portfoliosdk.cli.internal;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** What an input file describes a portfolio in: our own format (YAML or JSON) or JSON Resume. */
enum InputKind {
    /** Our own YAML or JSON format. */
    NATIVE("native"),
    /** A JSON Resume document. */
    JSON_RESUME("json-resume");

    private final String id;

    InputKind(String id) {
        this.id = id;
    }

    /** The name on the command line. */
    String id() {
        return id;
    }

    /**
     * Tells the kind from the content: a JSON object with {@code basics} and no {@code person} at the top is
     * JSON Resume; anything else is ours (and a broken file is reported by our reader, with its location).
     */
    static InputKind detect(String content) {
        Set<String> keys = JsonTopLevel.keys(content);
        return keys.contains("basics") && !keys.contains("person") ? JSON_RESUME : NATIVE;
    }

    /** Converts and completes {@code --from} values. */
    static final class Converter implements ITypeConverter<InputKind>, Iterable<String> {
        @Override
        public InputKind convert(String value) {
            return Arrays.stream(values()).filter(kind -> kind.id.equals(value)).findFirst()
                    .orElseThrow(() -> new TypeConversionException("'" + value + "' is not one of " + String.join(", ", this)));
        }

        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values()).map(InputKind::id).collect(Collectors.toList()).iterator();
        }
    }
}
