package io.github.portfoliosdk.render.html;

import io.github.portfoliosdk.model.LinkPolicy;
import io.github.portfoliosdk.model.internal.output.Outputs;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes HTML to an {@link Appendable}: the one place that knows HTML's special characters.
 * <p>Element text, attribute values, URLs, style sheets and the JSON-LD script body are each escaped for
 * their context here; section renderers call these methods and never append user text themselves. The writer
 * collects output in its own buffer; what a call writes has reached the {@link Appendable} when the call returns.
 * <p>A start tag is written as {@code start("a").attr("href", url)}: it ends ({@code >}) by itself with the next call
 * that writes anything else (text, another tag, an end tag), so it cannot be left open; {@link #attr} outside a start
 * tag is refused. The writer holds no resource: there is nothing to close. Not thread-safe: one writer per rendering. Output failures surface as {@link java.io.UncheckedIOException}.
 */
public final class HtmlWriter {

    /** Element text replaces this ASCII character (see {@link #ESCAPED}). */
    private static final byte TEXT = 1;
    /** An attribute value replaces this ASCII character. */
    private static final byte ATTRIBUTE = 2;
    /** A JSON string literal in a script element escapes this ASCII character. */
    private static final byte JSON = 4;
    /**
     * For each ASCII character, in which contexts it is replaced: a scan of user text is a comparison per character
     * and a look-up for the few up to {@code >}.
     */
    private static final byte[] ESCAPED = new byte[128];

    static {
        for (char c = 0; c < 0x20; c++) {
            boolean layout = c == '\t' || c == '\n' || c == '\r';
            ESCAPED[c] = (byte) ((layout ? 0 : TEXT | ATTRIBUTE) | JSON);
        }
        for (char c : new char[] {'&', '<', '>'}) {
            ESCAPED[c] = TEXT | ATTRIBUTE | JSON;
        }
        ESCAPED['"'] = ATTRIBUTE | JSON;
        ESCAPED['\\'] = JSON;
        ESCAPED[0x7f] = JSON;
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** What a writer made with the public constructor holds before it grows. */
    private static final int CAPACITY = 256;
    /** What a writer made for {@link #streaming(Appendable)} holds before it grows. */
    private static final int STREAM_CAPACITY = 8 * 1024;
    /** How much output a streaming writer collects before passing it on. */
    private static final int STREAM_FLUSH_AT = 6 * 1024;

    /** Where the output goes; null when it is kept for {@link #output()}. */
    private final Appendable out;
    /** The buffered length at which the end of a call passes the output on to {@link #out}. */
    private final int flushAt;
    /** The output not yet passed on: {@code length} characters. */
    private char[] buffer;
    private int length;
    /** Whether a start tag is open: {@link #start(String)} was called and its {@code >} is not written yet. */
    private boolean inStartTag;
    /** The language of a text when it is not the page content's, or null for no marking ({@link #markLanguages}). */
    private java.util.function.Function<String, String> languageOf;

    /**
     * A writer appending to {@code out}; each call's output reaches {@code out} before the call returns.
     *
     * @throws NullPointerException when {@code out} is null
     */
    public HtmlWriter(Appendable out) {
        this(Objects.requireNonNull(out, "out"), CAPACITY, 0);
    }

    private HtmlWriter(Appendable out, int capacity, int flushAt) {
        this.out = out;
        this.buffer = new char[capacity];
        this.flushAt = flushAt;
    }

    /** A writer that keeps its whole output, for {@link #output()}; {@code capacity} is the expected length. */
    static HtmlWriter forString(int capacity) {
        return new HtmlWriter(null, capacity, Integer.MAX_VALUE);
    }

    /** A writer that passes its output on to {@code out} in pieces of some thousand characters, and in {@link #flush()}. */
    static HtmlWriter streaming(Appendable out) {
        return new HtmlWriter(Objects.requireNonNull(out, "out"), STREAM_CAPACITY, STREAM_FLUSH_AT);
    }

    /**
     * Appends trusted markup as it is, for the renderer's own constant tags; never pass user text here.
     *
     * @return this writer
     */
    public HtmlWriter raw(String markup) {
        endStartTag();
        if (out != null && markup.length() > buffer.length - length) {
            flush(); // markup too long for the buffer, as a style sheet, goes straight on
            try {
                out.append(markup);
            } catch (IOException e) {
                throw Outputs.failed(e);
            }
            return this;
        }
        write(markup);
        return done();
    }

    /** Appends element text, escaping {@code & < >} (control characters become U+FFFD); null writes nothing. */
    public HtmlWriter text(String text) {
        endStartTag();
        if (text != null) {
            escape(text, TEXT);
        }
        return done();
    }

    /**
     * Opens a start tag, {@code <name}; follow with {@link #attr} calls. The tag's {@code >} comes with the next call
     * that is not an attribute.
     */
    public HtmlWriter start(String name) {
        endStartTag();
        write('<');
        write(name);
        inStartTag = true;
        return done();
    }

    /** Writes {@code <name class="cssClass">}, a whole start tag with one class. */
    public HtmlWriter tag(String name, String cssClass) {
        endStartTag();
        writeTag(name, cssClass);
        return done();
    }

    /** Writes an end tag, {@code </name>}. */
    public HtmlWriter end(String name) {
        endStartTag();
        writeEnd(name);
        return done();
    }

    /**
     * Marks each element written by {@link #element} whose text is in another language than the page's content with
     * that language's {@code lang}: {@code languageOf} gives the tag of a text's language, or null when it is the
     * content's. The HTML renderer sets it for a portfolio in a chosen language, whose untranslated texts fell back to
     * the original ({@code Portfolio.textLocale}).
     */
    public HtmlWriter markLanguages(java.util.function.Function<String, String> languageOf) {
        this.languageOf = Objects.requireNonNull(languageOf, "languageOf");
        return this;
    }

    /** Writes a whole element with a class and escaped text: {@code <name class="…">text</name>}. */
    public HtmlWriter element(String name, String cssClass, String text) {
        endStartTag();
        String language = text == null || languageOf == null ? null : languageOf.apply(text);
        if (language != null) {
            write('<');
            write(name);
            writeAttr("class", cssClass);
            writeAttr("lang", language);
            write('>');
        } else {
            writeTag(name, cssClass);
        }
        if (text != null) {
            escape(text, TEXT);
        }
        writeEnd(name);
        return done();
    }

    /**
     * Writes an attribute inside the start tag {@link #start(String)} opened, escaping the value; a null value writes
     * nothing.
     *
     * @throws IllegalStateException when no start tag is open (after text or a whole tag, say)
     */
    public HtmlWriter attr(String name, String value) {
        requireStartTag(name);
        writeAttr(name, value);
        return done();
    }

    /**
     * Writes a URL attribute when {@link #safeUrl(String)} accepts the URL; otherwise writes nothing.
     *
     * @return whether the attribute was written
     * @throws IllegalStateException when no start tag is open
     */
    public boolean urlAttr(String name, String url) {
        requireStartTag(name);
        Optional<String> safe = safeUrl(url);
        safe.ifPresent(value -> attr(name, value));
        return safe.isPresent();
    }

    /**
     * Writes a link to {@code url} around {@code text}, or only the text when the URL is not safe.
     * External http(s) links get {@code rel="noopener"}.
     */
    public HtmlWriter link(String url, String cssClass, String text) {
        endStartTag();
        Optional<String> safe = safeUrl(url);
        if (safe.isEmpty()) {
            return text(text);
        }
        write("<a");
        writeAttr("href", safe.get());
        writeAttr("class", cssClass);
        if (safe.get().startsWith("http")) {
            write(" rel=\"noopener\"");
        }
        write('>');
        if (text != null) {
            escape(text, TEXT);
        }
        write("</a>");
        return done();
    }

    /** Appends style sheet text inside a {@code <style>} element, so that it can never close the element. */
    public HtmlWriter css(String css) {
        endStartTag();
        if (css == null) {
            return this;
        }
        int from = 0;
        for (int lt = css.indexOf('<'); lt >= 0; lt = css.indexOf('<', from)) {
            write(css, from, lt);
            write("\\3C ");
            from = lt + 1;
        }
        write(css, from, css.length());
        return done();
    }

    /**
     * Appends a JSON string literal for a {@code <script type="application/ld+json">} body: JSON escapes plus
     * {@code < > &} and U+2028/U+2029 as {@code \}{@code uXXXX}, so that the script element cannot be closed.
     */
    public HtmlWriter jsonString(String value) {
        endStartTag();
        int end = value.length();
        write('"');
        int from = 0;
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            if (c < 128 ? (ESCAPED[c] & JSON) != 0 : c == '\u2028' || c == '\u2029') {
                write(value, from, i);
                jsonEscape(c);
                from = i + 1;
            }
        }
        write(value, from, end);
        write('"');
        return done();
    }

    private void jsonEscape(char c) {
        switch (c) {
            case '"' -> write("\\\"");
            case '\\' -> write("\\\\");
            case '\n' -> write("\\n");
            case '\r' -> write("\\r");
            case '\t' -> write("\\t");
            default -> {
                ensureCapacity(length + 6);
                buffer[length++] = '\\';
                buffer[length++] = 'u';
                buffer[length++] = HEX[c >> 12 & 0xf];
                buffer[length++] = HEX[c >> 8 & 0xf];
                buffer[length++] = HEX[c >> 4 & 0xf];
                buffer[length++] = HEX[c & 0xf];
            }
        }
    }

    /**
     * The URL as it may appear in an attribute, when {@link LinkPolicy#isLink(String)} makes it a link ({@code http}
     * and {@code https} with a host, {@code mailto}, {@code tel}); empty for any other URL ({@code javascript:},
     * {@code data:}, a relative path). Spaces, quotes and other characters that URLs may not hold are percent-encoded.
     */
    public static Optional<String> safeUrl(String url) {
        if (!LinkPolicy.isLink(url)) {
            return Optional.empty();
        }
        String trimmed = url.strip();
        int colon = trimmed.indexOf(':');
        String scheme = trimmed.substring(0, colon).toLowerCase(Locale.ROOT);
        String rest = trimmed.substring(colon + 1);
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

    // ---------------------------------------------------------------- markup

    private void requireStartTag(String attribute) {
        if (!inStartTag) {
            throw new IllegalStateException("attribute " + attribute + " outside a start tag: open one with start(name)");
        }
    }

    /** Writes the {@code >} of an open start tag. */
    private void endStartTag() {
        if (inStartTag) {
            inStartTag = false;
            write('>');
        }
    }

    private void writeTag(String name, String cssClass) {
        write('<');
        write(name);
        writeAttr("class", cssClass);
        write('>');
    }

    private void writeEnd(String name) {
        write("</");
        write(name);
        write('>');
    }

    private void writeAttr(String name, String value) {
        if (value != null) {
            write(' ');
            write(name);
            write("=\"");
            escape(value, ATTRIBUTE);
            write('"');
        }
    }

    /**
     * Writes user text for a context ({@link #TEXT} or {@link #ATTRIBUTE}): copied whole, then scanned, as most
     * text needs no escaping; from the first character that does, plain runs are copied between replacements.
     */
    private void escape(String s, byte context) {
        int end = s.length();
        int start = length;
        write(s, 0, end);
        for (int i = start; i < length; i++) {
            char c = buffer[i];
            if (c <= '>' && (ESCAPED[c] & context) != 0) {
                length = i;
                escapeFrom(s, i - start, context);
                return;
            }
        }
    }

    private void escapeFrom(String s, int first, byte context) {
        int from = first;
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= '>' && (ESCAPED[c] & context) != 0) {
                write(s, from, i);
                write(switch (c) {
                    case '&' -> "&amp;";
                    case '<' -> "&lt;";
                    case '>' -> "&gt;";
                    case '"' -> "&quot;";
                    default -> "\uFFFD";
                });
                from = i + 1;
            }
        }
        write(s, from, s.length());
    }

    // ---------------------------------------------------------------- output

    private void write(char c) {
        if (length == buffer.length) {
            ensureCapacity(length + 1);
        }
        buffer[length++] = c;
    }

    private void write(String s) {
        write(s, 0, s.length());
    }

    private void write(String s, int from, int to) {
        if (length + to - from > buffer.length) {
            ensureCapacity(length + to - from);
        }
        s.getChars(from, to, buffer, length);
        length += to - from;
    }

    private void ensureCapacity(int capacity) {
        if (capacity > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(capacity, buffer.length * 2));
        }
    }

    /** Ends a public call: passes the output on once enough of it is buffered. */
    private HtmlWriter done() {
        if (length >= flushAt) {
            flush();
        }
        return this;
    }

    /** Passes the buffered output on to the {@link Appendable}, if there is one; what fails to reach it is dropped. */
    void flush() {
        if (out == null || length == 0) {
            return;
        }
        try {
            Outputs.write(out, buffer, length);
        } finally {
            length = 0;
        }
    }

    /** The output of a writer made for {@link #forString(int)}. */
    String output() {
        endStartTag();
        return new String(buffer, 0, length);
    }
}
