package io.github.portfoliosdk.json.internal;

/** The bounds that keep hostile input from exhausting memory or time; generous for any real portfolio. */
public final class Limits {

    /** The largest document read, in bytes (or characters, for text given as a string). */
    public static final int MAX_DOCUMENT_SIZE = 2 * 1024 * 1024;

    /** The longest single text value, in characters. */
    public static final int MAX_STRING_LENGTH = 256 * 1024;

    /** How deeply objects and lists may nest. */
    public static final int MAX_DEPTH = 64;

    /** How many values a document may hold, counting each YAML alias as a copy of what it names. */
    public static final int MAX_VALUES = 200_000;

    private Limits() {
    }
}
