package io.github.portfoliosdk.spark.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The job's command line, {@code --name value} pairs and the {@code --lenient} flag, read strictly: an unknown
 * option, a missing value or a missing required option is an {@link IllegalArgumentException} whose message says so.
 */
public final class JobArguments {

    /** The options that take a value. */
    private static final Set<String> VALUED = Set.of("--input", "--output", "--formats", "--input-format", "--id-column",
            "--document-column", "--locale", "--tags", "--theme", "--paper");
    /** The options that are flags. */
    private static final Set<String> FLAGS = Set.of("--lenient");

    private final Map<String, String> values;

    private JobArguments(Map<String, String> values) {
        this.values = values;
    }

    /**
     * Reads the arguments.
     *
     * @throws IllegalArgumentException for an unknown option, a value missing or given twice, or no --input or --output
     */
    public static JobArguments parse(String... args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            String value;
            if (FLAGS.contains(name)) {
                value = "true";
            } else if (VALUED.contains(name)) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                value = args[++i];
            } else {
                throw new IllegalArgumentException("unknown option '" + name + "'");
            }
            if (values.put(name, value) != null) {
                throw new IllegalArgumentException(name + " is given twice");
            }
        }
        for (String required : List.of("--input", "--output")) {
            if (!values.containsKey(required)) {
                throw new IllegalArgumentException(required + " is required");
            }
        }
        return new JobArguments(values);
    }

    /** The value of an option, or the default when it is not given. */
    public String value(String name, String otherwise) {
        return values.getOrDefault(name, otherwise);
    }

    /** Whether a flag or option is given. */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** A comma-separated option's items, without blanks; empty when not given. */
    public List<String> list(String name) {
        List<String> items = new ArrayList<>();
        if (values.containsKey(name)) {
            Arrays.stream(values.get(name).split(",")).map(String::strip).filter(item -> !item.isEmpty()).forEach(items::add);
        }
        return items;
    }
}
