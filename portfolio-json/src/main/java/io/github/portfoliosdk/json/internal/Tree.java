package io.github.portfoliosdk.json.internal;

import java.util.List;

/**
 * A parsed YAML or JSON document that remembers where each value and property name stood in the source,
 * so that every problem found later can be reported at its line and column.
 */
public sealed interface Tree {

    /** Where this value starts in the source. */
    Position position();

    /** A line and column in the source, both 1-based. */
    record Position(int line, int column) {
    }

    /** A mapping (JSON object); entries in source order, property names unique. */
    record Mapping(Position position, List<Entry> entries) implements Tree {
        /** Copies the entries. */
        public Mapping {
            entries = List.copyOf(entries);
        }

        /** The entry with this name, or null. */
        public Entry get(String name) {
            for (Entry entry : entries) {
                if (entry.name().equals(name)) {
                    return entry;
                }
            }
            return null;
        }
    }

    /** A property of a {@link Mapping}: its name, where the name stands, and its value. */
    record Entry(String name, Position namePosition, Tree value) {
    }

    /** A sequence (JSON array). */
    record Sequence(Position position, List<Tree> items) implements Tree {
        /** Copies the items. */
        public Sequence {
            items = List.copyOf(items);
        }
    }

    /** What kind of scalar a {@link Scalar} is. */
    enum ScalarKind {
        /** Text. */
        STRING,
        /** An integer number. */
        INTEGER,
        /** A number with a fraction or exponent. */
        DECIMAL,
        /** true or false. */
        BOOLEAN,
        /** null, or an empty YAML value. */
        NULL
    }

    /** A scalar value with its text as written (numbers keep their source digits). */
    record Scalar(Position position, ScalarKind kind, String text) implements Tree {
    }

    /** How a value is called in messages: "text", "a list", "an object". */
    static String describe(Tree tree) {
        if (tree instanceof Mapping) {
            return "an object";
        }
        if (tree instanceof Sequence) {
            return "a list";
        }
        Scalar scalar = (Scalar) tree;
        return switch (scalar.kind()) {
            case STRING -> "text";
            case INTEGER, DECIMAL -> "the number " + scalar.text();
            case BOOLEAN -> scalar.text();
            case NULL -> "nothing";
        };
    }
}
