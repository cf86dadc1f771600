package io.github.portfoliosdk.cli.internal;

import java.util.HashSet;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** Reads the top-level property names of a JSON object without building a tree. */
final class JsonTopLevel {

    private JsonTopLevel() {
    }

    /** Whether the text starts (after white space and a byte order mark) with a JSON object. */
    static boolean looksLikeJson(String content) {
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c != '\uFEFF' && !Character.isWhitespace(c)) {
                return c == '{';
            }
        }
        return false;
    }

    /**
     * The top-level property names of a JSON object, up to the first syntax error; empty when the text is
     * not a JSON object.
     */
    static Set<String> keys(String content) {
        Set<String> keys = new HashSet<>();
        if (!looksLikeJson(content)) {
            return keys;
        }
        int start = content.indexOf('{');
        try (JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), content.substring(start))) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return keys;
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                keys.add(parser.currentName());
                parser.nextToken();
                parser.skipChildren();
            }
        } catch (JacksonException brokenJson) {
            // the reader chosen from the keys seen so far reports the error with its location
        }
        return keys;
    }
}
