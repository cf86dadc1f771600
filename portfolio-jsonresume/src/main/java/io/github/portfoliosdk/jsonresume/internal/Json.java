package io.github.portfoliosdk.jsonresume.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value as read from a file or built for output: keeps object key order, the exact text of numbers
 * and, when read, the line and column where the value starts (0 when built).
 */
public sealed interface Json {

    /** The 1-based line where the value starts, or 0 when it was not read from a file. */
    int line();

    /** The 1-based column where the value starts, or 0 when it was not read from a file. */
    int column();

    /** Whether both hold the same JSON value: objects by keys regardless of order, arrays in order, numbers by text. */
    static boolean same(Json a, Json b) {
        if (a instanceof Obj oa && b instanceof Obj ob) {
            if (oa.members.size() != ob.members.size()) {
                return false;
            }
            for (Map.Entry<String, Json> entry : oa.members.entrySet()) {
                Json other = ob.members.get(entry.getKey());
                if (other == null || !same(entry.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Arr aa && b instanceof Arr ab) {
            if (aa.items.size() != ab.items.size()) {
                return false;
            }
            for (int i = 0; i < aa.items.size(); i++) {
                if (!same(aa.items.get(i), ab.items.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Str sa && b instanceof Str sb) {
            return sa.value.equals(sb.value);
        }
        if (a instanceof Num na && b instanceof Num nb) {
            return na.text.equals(nb.text);
        }
        if (a instanceof Bool ba && b instanceof Bool bb) {
            return ba.value == bb.value;
        }
        return a instanceof Null && b instanceof Null;
    }

    /** A JSON object; members keep their insertion order. */
    final class Obj implements Json, Iterable<Map.Entry<String, Json>> {
        private final LinkedHashMap<String, Json> members = new LinkedHashMap<>();
        private final int line;
        private final int column;

        /** An empty object built for output. */
        public Obj() {
            this(0, 0);
        }

        /** An empty object read at this place. */
        public Obj(int line, int column) {
            this.line = line;
            this.column = column;
        }

        @Override
        public int line() {
            return line;
        }

        @Override
        public int column() {
            return column;
        }

        /** The member's value, or null when there is none. */
        public Json get(String key) {
            return members.get(key);
        }

        /** Removes the member with this key, if present. */
        public void remove(String key) {
            members.remove(key);
        }

        /** Whether the object has this member. */
        public boolean has(String key) {
            return members.containsKey(key);
        }

        /** Sets a member, keeping its place when it already exists; returns the value it replaced, or null. */
        public Json put(String key, Json value) {
            return members.put(key, value);
        }

        /** Adds a member right after the member {@code after} (at the end when there is none), or replaces its value. */
        public void putAfter(String after, String key, Json value) {
            if (members.containsKey(key) || !members.containsKey(after)) {
                members.put(key, value);
                return;
            }
            List<Map.Entry<String, Json>> entries = new ArrayList<>(members.entrySet());
            members.clear();
            for (Map.Entry<String, Json> entry : entries) {
                members.put(entry.getKey(), entry.getValue());
                if (entry.getKey().equals(after)) {
                    members.put(key, value);
                }
            }
        }

        /** The number of members. */
        public int size() {
            return members.size();
        }

        /** Whether there are no members. */
        public boolean isEmpty() {
            return members.isEmpty();
        }

        @Override
        public Iterator<Map.Entry<String, Json>> iterator() {
            return members.entrySet().iterator();
        }
    }

    /** A JSON array. */
    final class Arr implements Json, Iterable<Json> {
        private final List<Json> items = new ArrayList<>();
        private final int line;
        private final int column;

        /** An empty array built for output. */
        public Arr() {
            this(0, 0);
        }

        /** An empty array read at this place. */
        public Arr(int line, int column) {
            this.line = line;
            this.column = column;
        }

        @Override
        public int line() {
            return line;
        }

        @Override
        public int column() {
            return column;
        }

        /** Appends an item. */
        public void add(Json item) {
            items.add(item);
        }

        /** The item at this index. */
        public Json get(int index) {
            return items.get(index);
        }

        /** Replaces the item at this index. */
        public void set(int index, Json item) {
            items.set(index, item);
        }

        /** The number of items. */
        public int size() {
            return items.size();
        }

        @Override
        public Iterator<Json> iterator() {
            return items.iterator();
        }
    }

    /**
     * A JSON string.
     *
     * @param value the text
     * @param line where it starts, or 0
     * @param column where it starts, or 0
     */
    record Str(String value, int line, int column) implements Json {
        /** A string built for output. */
        public Str(String value) {
            this(value, 0, 0);
        }
    }

    /**
     * A JSON number, kept as written so that "2.50" stays "2.50".
     *
     * @param text the number's text
     * @param line where it starts, or 0
     * @param column where it starts, or 0
     */
    record Num(String text, int line, int column) implements Json {
    }

    /**
     * {@code true} or {@code false}.
     *
     * @param value the value
     * @param line where it starts, or 0
     * @param column where it starts, or 0
     */
    record Bool(boolean value, int line, int column) implements Json {
    }

    /**
     * {@code null}.
     *
     * @param line where it starts, or 0
     * @param column where it starts, or 0
     */
    record Null(int line, int column) implements Json {
    }
}
