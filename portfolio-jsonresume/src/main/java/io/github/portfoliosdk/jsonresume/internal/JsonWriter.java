package io.github.portfoliosdk.jsonresume.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * The one place that writes JSON syntax: turns a {@link Json} tree into text with Jackson's generator, which
 * escapes every string. Pretty-printed with two spaces and {@code \n} on every platform, {@code "key": value},
 * numbers exactly as held, a newline at the end. Thread-safe.
 */
public final class JsonWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private JsonWriter() {
    }

    /** Writes the value pretty-printed, followed by a newline. */
    public static void writePretty(Json value, Appendable output) {
        StringWriter buffer = new StringWriter();
        ObjectWriteContext context = new ObjectWriteContext.Base() {
            @Override
            public PrettyPrinter getPrettyPrinter() {
                return PRETTY.createInstance();
            }

            @Override
            public boolean hasPrettyPrinter() {
                return true;
            }
        };
        try (JsonGenerator generator = FACTORY.createGenerator(context, buffer)) {
            write(value, generator);
        }
        try {
            output.append(buffer.getBuffer()).append('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value as compact JSON text, as the model's extensions hold it. */
    public static String compact(Json value) {
        StringWriter buffer = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(ObjectWriteContext.empty(), buffer)) {
            write(value, generator);
        }
        return buffer.toString();
    }

    private static void write(Json value, JsonGenerator generator) {
        if (value instanceof Json.Obj object) {
            generator.writeStartObject();
            for (Map.Entry<String, Json> member : object) {
                generator.writeName(member.getKey());
                write(member.getValue(), generator);
            }
            generator.writeEndObject();
        } else if (value instanceof Json.Arr array) {
            generator.writeStartArray();
            for (Json item : array) {
                write(item, generator);
            }
            generator.writeEndArray();
        } else if (value instanceof Json.Str string) {
            generator.writeString(string.value());
        } else if (value instanceof Json.Num number) {
            generator.writeNumber(number.text());
        } else if (value instanceof Json.Bool bool) {
            generator.writeBoolean(bool.value());
        } else {
            generator.writeNull();
        }
    }
}
