package io.github.portfoliosdk.jsonresume.internal;

import io.github.portfoliosdk.model.InvalidPortfolioException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The model's extensions (JSON Pointer to raw JSON text): found as the difference between a document read and
 * the document the model gives back, and put back at their pointers when writing.
 */
public final class Extensions {

    private static final JsonReader READER = new JsonReader(1000, Integer.MAX_VALUE, Long.MAX_VALUE);

    private Extensions() {
    }

    /**
     * Everything in {@code original} that {@code reproduced} does not hold the same, by pointer, as compact JSON
     * text: members {@code reproduced} lacks, and values it holds differently (a whole array when the lengths differ).
     */
    public static Map<String, String> difference(Json original, Json reproduced) {
        TreeMap<String, String> out = new TreeMap<>();
        difference(original, reproduced, "", out);
        return out;
    }

    private static void difference(Json original, Json reproduced, String pointer, Map<String, String> out) {
        if (original instanceof Json.Obj o && reproduced instanceof Json.Obj r) {
            for (Map.Entry<String, Json> member : o) {
                String child = JsonPaths.pointerChild(pointer, member.getKey());
                Json other = r.get(member.getKey());
                if (other == null) {
                    out.put(child, JsonWriter.compact(member.getValue()));
                } else {
                    difference(member.getValue(), other, child, out);
                }
            }
        } else if (original instanceof Json.Arr o && reproduced instanceof Json.Arr r && o.size() == r.size()) {
            for (int i = 0; i < o.size(); i++) {
                difference(o.get(i), r.get(i), JsonPaths.pointerChild(pointer, i), out);
            }
        } else if (!Json.same(original, reproduced)) {
            out.put(pointer, JsonWriter.compact(original));
        }
    }

    /**
     * Puts each extension's value at its pointer, in pointer order: a member is added, or replaces the value the
     * model wrote there only when it is that value's original form (see {@link #isOriginalOf}); the object or
     * array it goes into must exist.
     *
     * @throws IllegalArgumentException when a pointer cannot be followed (a missing array item, a path through
     *         a string) or a value is not JSON
     */
    public static void place(Json.Obj root, Map<String, String> extensions) {
        for (Map.Entry<String, String> extension : new TreeMap<>(extensions).entrySet()) {
            String pointer = extension.getKey();
            Json value = parse(pointer, extension.getValue());
            List<String> tokens = JsonPaths.tokens(pointer);
            Json current = root;
            for (int i = 0; i < tokens.size(); i++) {
                String token = tokens.get(i);
                boolean last = i == tokens.size() - 1;
                if (current instanceof Json.Obj object) {
                    if (last) {
                        if (!object.has(token) || replaces(value, object, tokens)) {
                            object.put(token, value);
                        }
                    } else {
                        Json next = object.get(token);
                        if (next == null) {
                            String missing = "/" + String.join("/", tokens.subList(0, i + 1).stream()
                                    .map(t -> t.replace("~", "~0").replace("/", "~1")).toList());
                            throw new IllegalArgumentException("extension " + pointer + " cannot be placed: the document has no value at "
                                    + missing + " to put it in");
                        }
                        current = next;
                    }
                } else if (current instanceof Json.Arr array) {
                    int index = index(token, array.size(), pointer);
                    if (last) {
                        if (isOriginalOf(value, array.get(index))) {
                            array.set(index, value);
                        }
                    } else {
                        current = array.get(index);
                    }
                } else {
                    throw new IllegalArgumentException("extension " + pointer + " cannot be placed: "
                            + JsonPaths.displayPath(pointer) + " goes through a value that is neither object nor array");
                }
            }
        }
    }

    /**
     * Whether {@link #place} puts this extension into the document the model gives ({@link Exporter#document}): a
     * member the document lacks, or one that {@link #replaces} the value there. A pointer that cannot be followed
     * counts as placed, for {@link #place} to report.
     */
    static boolean placed(Json.Obj document, String pointer, String text) {
        Json value = parse(pointer, text);
        List<String> tokens = JsonPaths.tokens(pointer);
        Json current = document;
        for (int i = 0; i < tokens.size() - 1 && current != null; i++) {
            current = current instanceof Json.Obj object ? object.get(tokens.get(i))
                    : current instanceof Json.Arr array && tokens.get(i).matches("0|[1-9][0-9]{0,8}")
                            && Integer.parseInt(tokens.get(i)) < array.size() ? array.get(Integer.parseInt(tokens.get(i))) : null;
        }
        String last = tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
        if (current instanceof Json.Obj object) {
            return !object.has(last) || replaces(value, object, tokens);
        }
        if (current instanceof Json.Arr array && last.matches("0|[1-9][0-9]{0,8}") && Integer.parseInt(last) < array.size()) {
            return isOriginalOf(value, array.get(Integer.parseInt(last)));
        }
        return true;
    }

    /**
     * Whether an extension replaces the member of {@code object} at the end of {@code tokens}: when it is that value's
     * original form, or the value is only the copy of a work entry's {@code name} that export writes as its
     * {@code company} (a file's own, other {@code company} wins over it).
     */
    private static boolean replaces(Json value, Json.Obj object, List<String> tokens) {
        String last = tokens.get(tokens.size() - 1);
        return isOriginalOf(value, object.get(last)) || tokens.size() == 3
                && tokens.get(0).equals(LegacyKeys.MIRRORED.section()) && last.equals(LegacyKeys.MIRRORED.legacy())
                && LegacyKeys.isMirror(object, LegacyKeys.MIRRORED.section());
    }

    /**
     * Whether an extension is the form, as read, of the value the model writes at its place: the same text in
     * other case ("REMOTE" for "remote"), a date or URL a lenient import repaired ("May 2019" for "2019-05"), a
     * location given as a string, or a list with the blank or wrongly typed items the model drops. Otherwise the
     * model's value was set after reading, and it wins.
     */
    static boolean isOriginalOf(Json extension, Json written) {
        if (extension instanceof Json.Str e && written instanceof Json.Str w) {
            return Repairs.readsAs(e.value(), w.value());
        }
        if (extension instanceof Json.Num e && written instanceof Json.Str w) {
            return e.text().equals(w.value());
        }
        if (extension instanceof Json.Str e && written instanceof Json.Obj w && w.size() == 1
                && w.get("city") instanceof Json.Str city) {
            return e.value().equals(city.value());
        }
        if (extension instanceof Json.Obj e && written instanceof Json.Obj w) {
            for (Map.Entry<String, Json> member : w) {
                Json original = e.get(member.getKey());
                if (original == null && member.getKey().equals(LegacyKeys.MIRRORED.legacy())
                        && LegacyKeys.isMirror(w, LegacyKeys.MIRRORED.section())) {
                    continue; // the copy of the employer export writes; the entry read had none
                }
                if (original == null) {
                    original = LegacyKeys.ALIASES.stream().filter(alias -> alias.key().equals(member.getKey()))
                            .map(alias -> e.get(alias.legacy())).filter(java.util.Objects::nonNull).findFirst().orElse(null);
                }
                if (original == null || !isOriginalOf(original, member.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (extension instanceof Json.Arr e && written instanceof Json.Arr w) {
            boolean ofStrings = w.size() > 0 && w.get(0) instanceof Json.Str;
            boolean ofObjects = w.size() > 0 && w.get(0) instanceof Json.Obj;
            Json.Arr kept = new Json.Arr();
            for (Json item : e) {
                if (item instanceof Json.Str s ? !s.value().isBlank() && !ofObjects
                        : item instanceof Json.Num ? ofStrings : !ofStrings || item instanceof Json.Obj) {
                    kept.add(item);
                }
            }
            if (ofObjects) {
                return isSubsequence(w, kept);
            }
            if (kept.size() != w.size()) {
                return false;
            }
            for (int i = 0; i < kept.size(); i++) {
                if (!isOriginalOf(kept.get(i), w.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return Json.same(extension, written);
    }

    /**
     * Whether each written entry is the original form of the next entries of the list read, in order: a lenient
     * import leaves out the entries it drops (empty ones, ones the model cannot hold).
     */
    private static boolean isSubsequence(Json.Arr written, Json.Arr original) {
        int next = 0;
        for (Json item : original) {
            if (next < written.size() && isOriginalOf(item, written.get(next))) {
                next++;
            }
        }
        return next == written.size();
    }

    /** The value at a pointer that exists in this document. */
    static Json at(Json root, String pointer) {
        Json current = root;
        for (String token : JsonPaths.tokens(pointer)) {
            current = current instanceof Json.Obj object ? object.get(token) : ((Json.Arr) current).get(Integer.parseInt(token));
        }
        return current;
    }

    private static int index(String token, int size, String pointer) {
        if (!token.matches("0|[1-9][0-9]{0,8}") || Integer.parseInt(token) >= size) {
            throw new IllegalArgumentException("extension " + pointer + " cannot be placed: the array there has "
                    + size + (size == 1 ? " item" : " items") + " and '" + token + "' is not one of its indexes");
        }
        return Integer.parseInt(token);
    }

    private static Json parse(String pointer, String text) {
        try {
            return READER.read(text == null ? "" : text, "extension " + pointer);
        } catch (InvalidPortfolioException e) {
            throw new IllegalArgumentException("extension " + pointer + " does not hold JSON text: "
                    + e.problems().get(0).message(), e);
        }
    }
}
