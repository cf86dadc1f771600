package io.github.portfoliosdk.hardening;

import java.util.regex.Pattern;

/** Compares text the way a reader sees it: runs of whitespace are one space, and none at either end. */
final class Whitespace {

    private static final Pattern RUNS = Pattern.compile("[ \\t\\n\\r\\f]+");

    private Whitespace() {
    }

    /** The text with every run of space, tab, line feed, carriage return or form feed made one space, trimmed. */
    static String collapse(String text) {
        return RUNS.matcher(text).replaceAll(" ").strip();
    }
}
