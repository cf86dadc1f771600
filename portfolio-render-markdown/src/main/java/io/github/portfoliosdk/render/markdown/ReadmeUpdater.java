package io.github.portfoliosdk.render.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts generated Markdown into an existing README between {@code <!-- portfolio:start -->} and
 * {@code <!-- portfolio:end -->} (or a named pair, {@code <!-- portfolio:start:projects -->} and
 * {@code <!-- portfolio:end:projects -->}), leaving every other byte as it was. Each marker must stand on a
 * line of its own. Stateless and thread-safe.
 */
public final class ReadmeUpdater {

    /** The start marker of the unnamed generated section. */
    public static final String START = "<!-- portfolio:start -->";
    /** The end marker of the unnamed generated section. */
    public static final String END = "<!-- portfolio:end -->";

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern MARKER = Pattern.compile("<!--\\s*portfolio:(start|end)(?::([a-z0-9][a-z0-9-]*))?\\s*-->");

    private ReadmeUpdater() {
    }

    /**
     * The README with the text between its unnamed markers replaced by {@code generated}.
     *
     * @throws ReadmeMarkersException when the markers are missing or broken
     */
    public static String update(String readme, String generated) {
        return replace(readme, null, generated);
    }

    /**
     * The README with the text between the markers of the named section replaced by {@code generated}.
     *
     * @param name lower-case letters, digits and hyphens ({@code projects})
     * @throws ReadmeMarkersException when the markers are missing or broken
     * @throws IllegalArgumentException when the name is not of that form
     */
    public static String update(String readme, String name, String generated) {
        return replace(readme, checkName(name), generated);
    }

    /** The start marker of a named section ({@code <!-- portfolio:start:projects -->}). */
    public static String startMarker(String name) {
        return "<!-- portfolio:start:" + checkName(name) + " -->";
    }

    /** The end marker of a named section ({@code <!-- portfolio:end:projects -->}). */
    public static String endMarker(String name) {
        return "<!-- portfolio:end:" + checkName(name) + " -->";
    }

    private static String checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a README section name is lower-case letters, digits and hyphens, not '" + name + "'");
        }
        return name;
    }

    private static String replace(String readme, String name, String generated) {
        Objects.requireNonNull(readme, "readme");
        Objects.requireNonNull(generated, "generated");
        String start = name == null ? START : startMarker(name);
        String end = name == null ? END : endMarker(name);
        List<int[]> starts = new ArrayList<>();
        List<int[]> ends = new ArrayList<>();
        int lineNumber = 0;
        int from = 0;
        while (from < readme.length()) {
            lineNumber++;
            int newline = readme.indexOf('\n', from);
            int next = newline < 0 ? readme.length() : newline + 1;
            Matcher marker = MARKER.matcher(readme.substring(from, next).strip());
            if (marker.matches() && Objects.equals(marker.group(2), name)) {
                (marker.group(1).equals("start") ? starts : ends).add(new int[] {lineNumber, from, next});
            }
            from = next;
        }
        if (starts.isEmpty() && ends.isEmpty()) {
            throw new ReadmeMarkersException("the README has no " + start + " and " + end + " markers; add both, each on a"
                    + " line of its own, where the generated portfolio should go", start, 0);
        }
        if (starts.size() > 1) {
            throw new ReadmeMarkersException("line " + starts.get(1)[0] + ": a second " + start + " marker (the first is on line "
                    + starts.get(0)[0] + "); keep exactly one", start, starts.get(1)[0]);
        }
        if (ends.size() > 1) {
            throw new ReadmeMarkersException("line " + ends.get(1)[0] + ": a second " + end + " marker (the first is on line "
                    + ends.get(0)[0] + "); keep exactly one", start, ends.get(1)[0]);
        }
        if (ends.isEmpty()) {
            throw new ReadmeMarkersException("line " + starts.get(0)[0] + ": " + start + " has no " + end + " after it", start,
                    starts.get(0)[0]);
        }
        if (starts.isEmpty()) {
            throw new ReadmeMarkersException("line " + ends.get(0)[0] + ": " + end + " has no " + start + " before it", start,
                    ends.get(0)[0]);
        }
        int[] s = starts.get(0);
        int[] e = ends.get(0);
        if (e[0] < s[0]) {
            throw new ReadmeMarkersException("line " + e[0] + ": " + end + " comes before " + start + " (line " + s[0] + ")",
                    start, e[0]);
        }
        boolean crlf = s[2] >= 2 && readme.charAt(s[2] - 2) == '\r';
        String body = generated.replace("\r\n", "\n");
        if (!body.isEmpty() && !body.endsWith("\n")) {
            body = body + "\n";
        }
        if (crlf) {
            body = body.replace("\n", "\r\n");
        }
        return readme.substring(0, s[2]) + body + readme.substring(e[1]);
    }
}
