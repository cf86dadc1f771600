package io.github.portfoliosdk.jsonresume.internal;

import io.github.portfoliosdk.model.InvalidPortfolioException;
import io.github.portfoliosdk.model.Problem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads JSON text into a {@link Json} tree that knows where each value starts, with Jackson's streaming
 * parser and bounded by its {@link StreamReadConstraints}. Strict: one value only, no duplicate keys,
 * valid UTF-8. Thread-safe.
 */
public final class JsonReader {

    private final JsonFactory factory;
    private final int maxNestingDepth;
    private final long maxDocumentBytes;

    /**
     * A reader with these limits.
     *
     * @param maxNestingDepth how deeply arrays and objects may nest
     * @param maxStringLength the longest string value or number, in characters
     * @param maxDocumentBytes the largest document, in bytes (UTF-8)
     */
    public JsonReader(int maxNestingDepth, int maxStringLength, long maxDocumentBytes) {
        this.maxDocumentBytes = maxDocumentBytes;
        this.maxNestingDepth = maxNestingDepth;
        // one more than ours, so that this reader reports the exact place of the value that nests too deeply
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(maxNestingDepth + 1)
                        .maxStringLength(maxStringLength)
                        .maxNameLength(maxStringLength)
                        .maxNumberLength(Math.min(maxStringLength, 1000))
                        .maxDocumentLength(maxDocumentBytes)
                        .build())
                .build();
    }

    /** The largest document this reader accepts, in bytes. */
    public long maxDocumentBytes() {
        return maxDocumentBytes;
    }

    /**
     * Decodes UTF-8 bytes (a leading byte-order mark is skipped) and reads them.
     *
     * @throws InvalidPortfolioException with the line and column of the first byte that is not UTF-8, or as {@link #read(String, String)}
     */
    public Json read(byte[] bytes, String source) {
        return read(bytes, source, null);
    }

    /**
     * Like {@link #read(byte[], String)}; when {@code repairs} is not null, a duplicate key of which one value is
     * empty ({@code ""}, {@code null}, {@code []} or <code>{}</code>) keeps the other value, and each such repair is
     * added to {@code repairs} as a located warning. Two non-empty values under one key are still an error.
     */
    public Json read(byte[] bytes, String source, List<Problem> repairs) {
        if (bytes.length > maxDocumentBytes) {
            throw single(source, 1, 1, "", "the document has " + bytes.length + " bytes, more than the limit of " + maxDocumentBytes);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            String before = out.toString();
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            int column = before.length() - before.lastIndexOf('\n');
            throw single(source, line, column, "", String.format("invalid UTF-8: byte 0x%02X at offset %d does not start or continue a character",
                    bytes[in.position()] & 0xFF, in.position()));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return read(text.startsWith("\uFEFF") ? text.substring(1) : text, source, repairs);
    }

    /**
     * Reads one JSON value.
     *
     * @throws InvalidPortfolioException with one located problem when the text is not JSON, holds a duplicate key
     *         or goes past a limit
     */
    public Json read(String text, String source) {
        return read(text, source, null);
    }

    /** Like {@link #read(String, String)}, with duplicate keys repaired as {@link #read(byte[], String, List)} says. */
    public Json read(String text, String source, List<Problem> repairs) {
        Deque<String> path = new ArrayDeque<>();
        JsonParser parser = factory.createParser(ObjectReadContext.empty(), text);
        try (parser) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw single(source, 1, 1, "", "the document is empty; expected a JSON object");
            }
            Json value = readValue(parser, token, path, source, 0, repairs);
            JsonToken after = parser.nextToken();
            if (after != null) {
                TokenStreamLocation at = parser.currentTokenLocation();
                throw single(source, at.getLineNr(), at.getColumnNr(), "", "unexpected content after the JSON value");
            }
            return value;
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation() != null && e.getLocation().getLineNr() > 0
                    ? e.getLocation() : parser.currentLocation();
            int line = at == null ? 0 : Math.max(0, at.getLineNr());
            int column = at == null ? 0 : Math.max(0, at.getColumnNr());
            throw single(source, line, column, shorten(String.join("", path).replaceFirst("^\\.", "")),
                    "not valid JSON: " + cleanMessage(e));
        }
    }

    /** Keeps the path of a problem readable when the document nests deeply. */
    private static String shorten(String path) {
        return path.length() <= 200 ? path : path.substring(0, 200) + "…";
    }

    private Json readValue(JsonParser parser, JsonToken token, Deque<String> path, String source, int depth,
                           List<Problem> repairs) {
        TokenStreamLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth >= maxNestingDepth) {
            throw single(source, line, column, shorten(String.join("", path).replaceFirst("^\\.", "")),
                    "arrays and objects nest more than " + maxNestingDepth + " levels deep, the limit");
        }
        switch (token) {
            case START_OBJECT -> {
                Json.Obj object = new Json.Obj(line, column);
                JsonToken next;
                while ((next = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
                    String key = parser.currentName();
                    TokenStreamLocation keyAt = parser.currentTokenLocation();
                    String segment = displaySegment(key);
                    path.addLast(segment);
                    checkUnicode(key, source, keyAt.getLineNr(), keyAt.getColumnNr(), path);
                    Json value = readValue(parser, parser.nextToken(), path, source, depth + 1, repairs);
                    if (object.has(key)) {
                        String keyPath = String.join("", path).replaceFirst("^\\.", "");
                        Json first = object.get(key);
                        if (repairs == null || !isEmpty(first) && !isEmpty(value)) {
                            throw single(source, keyAt.getLineNr(), keyAt.getColumnNr(), keyPath,
                                    "duplicate key \"" + key + "\" in one object"
                                            + (repairs == null ? "" : ", with content both times"));
                        }
                        repairs.add(new Problem(source, keyAt.getLineNr(), keyAt.getColumnNr(), keyPath, "duplicate key \"" + key
                                + "\": the empty value " + (isEmpty(first) ? "before" : "after") + " it dropped, "
                                + "the one with content kept"));
                        if (isEmpty(first)) {
                            object.put(key, value);
                        }
                    } else {
                        object.put(key, value);
                    }
                    path.removeLast();
                }
                return object;
            }
            case START_ARRAY -> {
                Json.Arr array = new Json.Arr(line, column);
                JsonToken next;
                int index = 0;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                    path.addLast("[" + index + "]");
                    array.add(readValue(parser, next, path, source, depth + 1, repairs));
                    path.removeLast();
                    index++;
                }
                return array;
            }
            case VALUE_STRING -> {
                String value = parser.getString();
                checkUnicode(value, source, line, column, path);
                return new Json.Str(value, line, column);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new Json.Num(parser.getString(), line, column);
            }
            case VALUE_TRUE -> {
                return new Json.Bool(true, line, column);
            }
            case VALUE_FALSE -> {
                return new Json.Bool(false, line, column);
            }
            case VALUE_NULL -> {
                return new Json.Null(line, column);
            }
            default -> throw single(source, line, column, "", "unexpected " + token);
        }
    }

    /** Whether a value holds nothing: {@code ""} (or blanks), {@code null}, an empty array or object. */
    private static boolean isEmpty(Json value) {
        return value instanceof Json.Null || value instanceof Json.Str s && s.value().isBlank()
                || value instanceof Json.Arr a && a.size() == 0 || value instanceof Json.Obj o && o.isEmpty();
    }

    /** Rejects text with an unpaired surrogate (written as an escape of half a UTF-16 pair): it is not Unicode text. */
    private static void checkUnicode(String text, String source, int line, int column, Deque<String> path) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw single(source, line, column, shorten(String.join("", path).replaceFirst("^\\.", "")),
                        String.format("the text holds an unpaired surrogate \\u%04x, which is not a Unicode character", (int) c));
            }
        }
    }

    private static String displaySegment(String key) {
        String child = JsonPaths.child("", key);
        return child.startsWith("[") ? child : "." + child;
    }

    private static String cleanMessage(JacksonException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    private static InvalidPortfolioException single(String source, int line, int column, String path, String message) {
        return new InvalidPortfolioException(List.of(new Problem(source, line, column, path, message)));
    }
}
