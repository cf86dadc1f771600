package io.github.portfoliosdk.render.html;

import io.github.portfoliosdk.model.PortfolioRenderer;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes HTML to an {@link Appendable}: the one place that knows HTML's special characters.
 * <p>Element text, attribute values, URLs, style sheets and the JSON-LD script body are each escaped for
 * their context here; section renderers call these methods and never append user text themselves. Not
 * thread-safe: one writer per rendering. Output failures surface as {@link java.io.UncheckedIOException}.
 */
public final class HtmlWriter {

    private final Appendable out;

    /** A writer appending to {@code out}. */
    public HtmlWriter(Appendable out) {
        if (out == null) {
            throw new NullPointerException("out");
        }
        this.out = out;
    }

    /**
     * Appends trusted markup as it is, for the renderer's own constant tags; never pass user text here.
     *
     * @return this writer
     */
    public HtmlWriter raw(String markup) {
        try {
            out.append(markup);
        } catch (IOException e) {
            throw PortfolioRenderer.outputFailed(e);
        }
        return this;
    }

    /** Appends element text, escaping {@code & < >} (control characters become U+FFFD); null writes nothing. */
    public HtmlWriter text(String text) {
        if (text != null) {
            escape(text, false);
        }
        return this;
    }

    /** Opens a start tag, {@code <name}; follow with {@link #attr} calls and {@link #close()}. */
    public HtmlWriter start(String name) {
        return raw("<").raw(name);
    }

    /** Writes {@code <name class="cssClass">}, a whole start tag with one class. */
    public HtmlWriter tag(String name, String cssClass) {
        return start(name).attr("class", cssClass).close();
    }

    /** Ends a start tag with {@code >}. */
    public HtmlWriter close() {
        return raw(">");
    }

    /** Writes an end tag, {@code </name>}. */
    public HtmlWriter end(String name) {
        return raw("</").raw(name).raw(">");
    }

    /** Writes a whole element with a class and escaped text: {@code <name class="…">text</name>}. */
    public HtmlWriter element(String name, String cssClass, String text) {
        return tag(name, cssClass).text(text).end(name);
    }

    /** Writes an attribute inside a start tag, escaping the value; a null value writes nothing. */
    public HtmlWriter attr(String name, String value) {
        if (value != null) {
            raw(" ").raw(name).raw("=\"");
            escape(value, true);
            raw("\"");
        }
        return this;
    }

    /**
     * Writes a URL attribute when {@link #safeUrl(String)} accepts the URL; otherwise writes nothing.
     *
     * @return whether the attribute was written
     */
    public boolean urlAttr(String name, String url) {
        Optional<String> safe = safeUrl(url);
        safe.ifPresent(value -> attr(name, value));
        return safe.isPresent();
    }

    /**
     * Writes a link to {@code url} around {@code text}, or only the text when the URL is not safe.
     * External http(s) links get {@code rel="noopener"}.
     */
    public HtmlWriter link(String url, String cssClass, String text) {
        Optional<String> safe = safeUrl(url);
        if (safe.isEmpty()) {
            return text(text);
        }
        start("a").attr("href", safe.get()).attr("class", cssClass);
        if (safe.get().startsWith("http")) {
            attr("rel", "noopener");
        }
        return close().text(text).end("a");
    }

    /** Appends style sheet text inside a {@code <style>} element, so that it can never close the element. */
    public HtmlWriter css(String css) {
        if (css == null) {
            return this;
        }
        return raw(css.replace("<", "\\3C "));
    }

    /**
     * Appends a JSON string literal for a {@code <script type="application/ld+json">} body: JSON escapes plus
     * {@code < > &} and U+2028/U+2029 as {@code \}{@code uXXXX}, so that the script element cannot be closed.
     */
    public HtmlWriter jsonString(String value) {
        StringBuilder json = new StringBuilder(value.length() + 8).append('"');
        int from = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String replacement = switch (c) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                case '<', '>', '&', '\u2028', '\u2029' -> unicodeEscape(c);
                default -> c < 0x20 || c == 0x7f ? unicodeEscape(c) : null;
            };
            if (replacement != null) {
                json.append(value, from, i).append(replacement);
                from = i + 1;
            }
        }
        return raw(json.append(value, from, value.length()).append('"').toString());
    }

    /**
     * The URL as it may appear in an attribute, when it is an {@code http}, {@code https}, {@code mailto} or
     * {@code tel} URL; empty for any other scheme ({@code javascript:}, {@code data:}) or a relative URL.
     * Spaces, quotes and other characters that URLs may not hold are percent-encoded.
     */
    public static Optional<String> safeUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String trimmed = url.strip();
        int colon = trimmed.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String scheme = trimmed.substring(0, colon).toLowerCase(Locale.ROOT);
        boolean web = scheme.equals("http") || scheme.equals("https");
        if (!web && !scheme.equals("mailto") && !scheme.equals("tel")) {
            return Optional.empty();
        }
        String rest = trimmed.substring(colon + 1);
        if (web && !rest.startsWith("//")) {
            return Optional.empty();
        }
        StringBuilder safe = null;
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            boolean encode = c <= 0x20 || c == 0x7f || c == '"' || c == '<' || c == '>' || c == '\\'
                    || c == '^' || c == '`' || c == '{' || c == '|' || c == '}'
                    || (c >= 0x80 && c <= 0x9f);
            if (encode) {
                if (safe == null) {
                    safe = new StringBuilder(rest.length() + 16).append(rest, 0, i);
                }
                safe.append('%').append(HEX[c >> 4 & 0xf]).append(HEX[c & 0xf]);
            } else if (safe != null) {
                safe.append(c);
            }
        }
        if (safe == null && colon == scheme.length() && trimmed.startsWith(scheme)) {
            return Optional.of(trimmed);
        }
        return Optional.of(scheme + ":" + (safe == null ? rest : safe.toString()));
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static String unicodeEscape(char c) {
        return "\\u" + HEX[c >> 12 & 0xf] + HEX[c >> 8 & 0xf] + HEX[c >> 4 & 0xf] + HEX[c & 0xf];
    }

    private void escape(String text, boolean attribute) {
        int length = text.length();
        int first = 0;
        while (first < length) {
            char c = text.charAt(first);
            if (c <= '>' && replacement(c, attribute) != null) {
                break;
            }
            first++;
        }
        if (first == length) {
            raw(text);
            return;
        }
        StringBuilder escaped = new StringBuilder(length + 16).append(text, 0, first);
        for (int i = first; i < length; i++) {
            char c = text.charAt(i);
            String replacement = replacement(c, attribute);
            if (replacement == null) {
                escaped.append(c);
            } else {
                escaped.append(replacement);
            }
        }
        raw(escaped.toString());
    }

    private static String replacement(char c, boolean attribute) {
        if (c > '>') {
            return null;
        }
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> attribute ? "&quot;" : null;
            case '\t', '\n', '\r' -> null;
            default -> c < 0x20 ? "\uFFFD" : null;
        };
    }
}
