package io.github.portfoliosdk.hardening;

import io.github.portfoliosdk.hardening.TextFields.TextField;
import io.github.portfoliosdk.model.Portfolio;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** Says where two portfolios differ, field by field, so that a failed round trip reads in one line or two. */
final class Differences {

    private Differences() {
    }

    /** The fields that differ, one per line as {@code path: expected -> actual} with Java escapes. */
    static String between(Portfolio expected, Portfolio actual) {
        Map<String, String> before = byPath(expected);
        Map<String, String> after = byPath(actual);
        StringBuilder text = new StringBuilder();
        TreeSet<String> paths = new TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        for (String path : paths) {
            if (!Objects.equals(before.get(path), after.get(path))) {
                text.append(path).append(": ").append(quote(before.get(path))).append(" -> ")
                        .append(quote(after.get(path))).append('\n');
            }
        }
        return text.isEmpty() ? "(no field differs; list sizes do)" : text.toString();
    }

    private static Map<String, String> byPath(Portfolio portfolio) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (TextField field : TextFields.leaves(portfolio)) {
            fields.put(field.path(), field.value());
        }
        return fields;
    }

    /** The text in double quotes with line feed, tab and non-ASCII characters escaped, or null. */
    static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder quoted = new StringBuilder("\"");
        text.chars().forEach(c -> quoted.append(c == '\n' ? "\\n" : c == '\t' ? "\\t" : c == '"' ? "\\\""
                : c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return quoted.append('"').toString();
    }
}
