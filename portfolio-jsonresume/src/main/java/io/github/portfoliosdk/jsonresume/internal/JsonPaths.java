package io.github.portfoliosdk.jsonresume.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Names places in a JSON document two ways: as JSON Pointers ({@code /work/0/x-team}, RFC 6901) for the
 * model's extension keys, and as the dotted paths problems show ({@code work[0].x-team}).
 */
public final class JsonPaths {

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_$-]+");

    private JsonPaths() {
    }

    /** The pointer of a member of the value at {@code pointer}. */
    public static String pointerChild(String pointer, String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    /** The pointer of an item of the array at {@code pointer}. */
    public static String pointerChild(String pointer, int index) {
        return pointer + "/" + index;
    }

    /**
     * The unescaped reference tokens of a pointer.
     *
     * @throws IllegalArgumentException when it is not a JSON Pointer to a place below the document
     */
    public static List<String> tokens(String pointer) {
        if (pointer == null || !pointer.startsWith("/")) {
            throw new IllegalArgumentException("'" + pointer + "' is not a JSON Pointer below the document root (it must start with '/')");
        }
        List<String> tokens = new ArrayList<>();
        int start = 1;
        while (true) {
            int slash = pointer.indexOf('/', start);
            String raw = slash < 0 ? pointer.substring(start) : pointer.substring(start, slash);
            if (raw.replace("~0", "").replace("~1", "").contains("~")) {
                throw new IllegalArgumentException("'" + pointer + "' has a '~' not followed by 0 or 1");
            }
            tokens.add(raw.replace("~1", "/").replace("~0", "~"));
            if (slash < 0) {
                return tokens;
            }
            start = slash + 1;
        }
    }

    /** The display path of a member of the value at {@code path}: {@code basics.name}, {@code work[0]["odd key"]}. */
    public static String child(String path, String key) {
        if (PLAIN_KEY.matcher(key).matches()) {
            return path.isEmpty() ? key : path + "." + key;
        }
        StringBuilder quoted = new StringBuilder(path).append("[\"");
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append("\"]").toString();
    }

    /** The display path of an item of the array at {@code path}. */
    public static String child(String path, int index) {
        return path + "[" + index + "]";
    }

    /** The display path of the place a pointer names. */
    public static String displayPath(String pointer) {
        String path = "";
        for (String token : tokens(pointer)) {
            path = child(path, token);
        }
        return path;
    }
}
