package io.github.portfoliosdk.render.pdf.internal;

import io.github.portfoliosdk.model.LinkPolicy;
import io.github.portfoliosdk.render.pdf.PdfWriter;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.Set;

import static java.lang.Character.UnicodeScript.COMMON;
import static java.lang.Character.UnicodeScript.INHERITED;

/**
 * Writes the XHTML the PDF is typeset from; the one place that knows XML's special characters. Callers open and
 * close elements by name and pass user text with the path of the field it comes from
 * ({@code roles[1].title}); the text is escaped, and characters the bundled fonts cannot typeset are collected as
 * {@link #problems()} with that path instead of being written. Only URLs that {@link LinkPolicy#isLink(String)}
 * accepts become links. User text whose letters all run against the page's direction is isolated from the text
 * around it (U+2068 FIRST STRONG ISOLATE ... U+2069 POP DIRECTIONAL ISOLATE, as HTML's {@code <bdi>}): the
 * bidirectional algorithm ({@link RightToLeft}) then orders it in its own direction, so that an English sentence
 * after an Arabic label keeps its full stop at its end; openhtmltopdf draws no glyph for the two marks. Not
 * thread-safe: one per document.
 */
public final class XhtmlWriter implements PdfWriter {

    /** The elements a section renderer of the API may open ({@link #tag(String, String)}). */
    private static final Set<String> OPEN_ELEMENTS = Set.of("p", "div", "ul", "ol", "li", "h3", "span", "strong", "em");

    private final StringBuilder out = new StringBuilder(32 * 1024);
    private final Deque<String> open = new ArrayDeque<>();
    private final List<String> leftOut = new ArrayList<>();
    /** The characters refused, by field path and reason, each character once, in the order met. */
    private final Map<Refusal, Set<Integer>> refused = new LinkedHashMap<>();
    private int refusedCount;
    private final Coverage coverage;
    private final boolean rightToLeft;

    /** A writer for a left-to-right page that checks text against the given font coverage. */
    public XhtmlWriter(Coverage coverage) {
        this(coverage, false);
    }

    /** A writer that checks text against the given font coverage, for a page of the given direction. */
    public XhtmlWriter(Coverage coverage, boolean rightToLeft) {
        this.coverage = coverage;
        this.rightToLeft = rightToLeft;
    }

    /** Opens an element: {@code start("div", "class", "entry")}; attribute values are escaped. */
    public XhtmlWriter start(String element, String... attributes) {
        tag(element, attributes);
        out.append('>');
        open.push(element);
        return this;
    }

    @Override
    public XhtmlWriter tag(String element, String cssClass) {
        if (!OPEN_ELEMENTS.contains(element)) {
            throw new IllegalArgumentException("a section may open " + new TreeSet<>(OPEN_ELEMENTS) + ", not '"
                    + element + "'");
        }
        return start(element, "class", cssClass);
    }

    /** Writes an empty element: {@code empty("meta", "name", "author", "content", name)}. */
    public XhtmlWriter empty(String element, String... attributes) {
        tag(element, attributes);
        out.append("/>");
        return this;
    }

    /** Closes the innermost open element. */
    @Override
    public XhtmlWriter end() {
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    /** Writes the user text of the field at {@code path}, escaped. */
    @Override
    public XhtmlWriter text(String path, String text) {
        content(isolated(checked(path, text)));
        return this;
    }

    /**
     * Writes the user text of the field at {@code path}, escaped and always isolated from the text around it: for a
     * line whose direction is fixed whatever the text (the running foot, left to right on every page).
     */
    public XhtmlWriter isolatedText(String path, String text) {
        String checked = checked(path, text);
        content(checked.isEmpty() ? checked : '\u2068' + checked + '\u2069');
        return this;
    }

    /** Writes fixed words of the layout (labels, separators), escaped. */
    public XhtmlWriter label(String text) {
        content(text);
        return this;
    }

    /** Writes {@code <element>text</element>} with the user text of the field at {@code path}. */
    public XhtmlWriter element(String element, String path, String text, String... attributes) {
        return start(element, attributes).text(path, text).end();
    }

    /**
     * Writes the user text at {@code path} as a link to {@code url} when {@link LinkPolicy#isLink(String)} accepts
     * the URL, else as plain text. The text is also the link's description for assistive technology.
     */
    @Override
    public XhtmlWriter link(String path, String text, String url) {
        String checked = checked(path, text);
        if (LinkPolicy.isLink(url)) {
            // the title becomes the link annotation's description, which PDF/UA asks for
            start("a", "href", url, "title", checked);
            content(isolated(checked));
            end();
        } else {
            content(isolated(checked));
        }
        return this;
    }

    /**
     * What could not be typeset: one line per field, naming each character once, grouped by why
     * ({@code roles[0].title: U+30A8 KATAKANA LETTER E, U+30F3 KATAKANA LETTER N (Katakana script); U+3002
     * IDEOGRAPHIC FULL STOP (no glyph in the fonts)}); empty when all is well.
     */
    public List<String> problems() {
        Map<String, StringBuilder> lines = new LinkedHashMap<>();
        refused.forEach((refusal, codePoints) -> {
            StringBuilder line = lines.get(refusal.path());
            if (line == null) {
                line = new StringBuilder(refusal.path()).append(": ");
                lines.put(refusal.path(), line);
            } else {
                line.append("; ");
            }
            String separator = "";
            for (int codePoint : codePoints) {
                line.append(separator).append(String.format(Locale.ROOT, "U+%04X %s", codePoint, describe(codePoint)));
                separator = ", ";
            }
            line.append(" (").append(refusal.reason()).append(')');
        });
        return lines.values().stream().map(StringBuilder::toString).toList();
    }

    /** The scripts of the characters that could not be typeset, by name ({@code [Han, Hiragana]}). */
    public Set<String> refusedScripts() {
        Set<String> scripts = new TreeSet<>();
        refused.values().forEach(codePoints -> codePoints.forEach(
                codePoint -> scripts.add(Coverage.scriptName(Character.UnicodeScript.of(codePoint)))));
        return scripts;
    }

    /** How many characters could not be typeset, each time one occurs. */
    public int refusedCharacters() {
        return refusedCount;
    }

    private record Refusal(String path, String reason) {
    }

    /** The variation selectors left out of the text, each with its path ({@code projects[0].name: U+FE0F}). */
    public List<String> leftOut() {
        return List.copyOf(leftOut);
    }

    /** The document written so far; every element must be closed. */
    public String document() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        return out.toString();
    }

    private void tag(String element, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        out.append('<').append(element);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] == null) {
                continue;
            }
            out.append(' ').append(attributes[i]).append("=\"");
            escape(attributes[i + 1], true);
            out.append('"');
        }
    }

    /**
     * The text in NFC, with a problem recorded (and the character left out) for each one the fonts cannot typeset,
     * and spaces the font has no glyph for as plain spaces.
     */
    private String checked(String path, String text) {
        if (text == null) {
            return "";
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder kept = null;
        for (int i = 0; i < normalized.length(); ) {
            int codePoint = normalized.codePointAt(i);
            String reason = coverage.refusal(codePoint);
            if (Coverage.isVariationSelector(codePoint)) {
                leftOut.add(String.format(Locale.ROOT, "%s: U+%04X %s", path, codePoint, describe(codePoint)));
                if (kept == null) {
                    kept = new StringBuilder(normalized.substring(0, i));
                }
            } else if (reason != null) {
                refused.computeIfAbsent(new Refusal(path, reason), key -> new LinkedHashSet<>()).add(codePoint);
                refusedCount++;
                if (kept == null) {
                    kept = new StringBuilder(normalized.substring(0, i));
                }
            } else if (Character.isSpaceChar(codePoint) && !coverage.hasGlyph(codePoint)) {
                // a line or paragraph separator, or a space the font lacks: a plain space
                if (kept == null) {
                    kept = new StringBuilder(normalized.substring(0, i));
                }
                kept.append(' ');
            } else if (kept != null) {
                kept.appendCodePoint(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        return kept == null ? normalized : kept.toString();
    }

    /**
     * The user text between U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE when all its letters run
     * against the page (English on a right-to-left page, Arabic or Hebrew on a left-to-right one); else, and in the
     * document's head, as it is. Text of both directions is left to the paragraph's order: openhtmltopdf places
     * the runs of a line by two levels only, and a right-to-left run inside an isolated left-to-right one inside a
     * right-to-left line would be misplaced.
     */
    private String isolated(String text) {
        if (text.isEmpty() || open.contains("head")) {
            return text;
        }
        return runsAgainstPage(text) ? '\u2068' + text + '\u2069' : text;
    }

    /** Whether the page is right to left. */
    boolean rightToLeft() {
        return rightToLeft;
    }

    /**
     * Whether all the letters of the text run against the page: it has letters of the other direction and none of
     * the page's (digits and punctuation have no direction of their own).
     */
    boolean runsAgainstPage(String text) {
        boolean left = false;
        boolean right = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            byte direction = Character.getDirectionality(codePoint);
            left |= direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT;
            right |= direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
            i += Character.charCount(codePoint);
        }
        return rightToLeft ? left && !right : right && !left;
    }

    private static String describe(int codePoint) {
        String name = Character.getName(codePoint);
        return name == null ? "(unassigned)" : name;
    }

    /**
     * Writes text content, escaped; in the body, each run of Arabic, Hebrew, Chinese or Japanese letters (with the
     * spaces, digits and punctuation between them) is a span in the script's font ({@code <span class="arab">}):
     * openhtmltopdf takes each character from the first font of the list that has it, and DejaVu Sans, first for
     * every other script, has some Arabic and Hebrew letters but not the script's joining forms and marks, and its
     * digits and punctuation would not match the Chinese and Japanese letters around them.
     */
    private void content(String text) {
        if (open.contains("head")) {
            escape(text, false);
            return;
        }
        int i = 0;
        while (i < text.length()) {
            int start = i;
            String script = fontScript(text.codePointAt(i));
            if (script == null) {
                while (i < text.length() && fontScript(text.codePointAt(i)) == null) {
                    i += Character.charCount(text.codePointAt(i));
                }
                escape(text.substring(start, i), false);
                continue;
            }
            int end = i;
            while (i < text.length()) {
                int codePoint = text.codePointAt(i);
                String next = fontScript(codePoint);
                if (script.equals(next) || next == null && Character.UnicodeScript.of(codePoint) == INHERITED) {
                    i += Character.charCount(codePoint);
                    end = i;
                } else if (next == null && Character.UnicodeScript.of(codePoint) == COMMON) {
                    i += Character.charCount(codePoint);
                } else {
                    break;
                }
            }
            // the neutral characters after the run's last letter are not the script's
            i = end;
            out.append("<span class=\"").append(script).append("\">");
            escape(text.substring(start, end), false);
            out.append("</span>");
        }
    }

    /**
     * The CSS class of the character's script font ({@code arab}, {@code hebr}, {@code cjk} for Han, Hiragana and
     * Katakana), or null for the body font. The punctuation of those scripts' blocks ("،" U+060C, "。" U+3002, "ー"
     * U+30FC, the fullwidth forms), common to several scripts, goes with them: the body font lacks it.
     */
    private static String fontScript(int codePoint) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        return switch (Character.UnicodeScript.of(codePoint)) {
            case ARABIC -> "arab";
            case HEBREW -> "hebr";
            case TAMIL -> "taml";
            case DEVANAGARI -> "deva";
            case HAN, HIRAGANA, KATAKANA, BOPOMOFO -> "cjk";
            default -> block == Character.UnicodeBlock.ARABIC ? "arab"
                    : block == Character.UnicodeBlock.DEVANAGARI ? "deva"
                    : block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                            || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                            || block == Character.UnicodeBlock.KATAKANA
                            || block == Character.UnicodeBlock.HIRAGANA ? "cjk" : null;
        };
    }

    private void escape(String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n', '\r', '\t' -> out.append(attribute ? ' ' : c);
                default -> out.append(c);
            }
        }
    }
}
