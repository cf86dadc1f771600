package io.github.portfoliosdk.jsonresume.internal;

import java.util.List;
import java.util.Map;

/**
 * The keys of JSON Resume before 1.0 that real files still use ({@code work[].company}, {@code work[].website},
 * {@code basics.website}, ...), and the other names real files give a JSON Resume property ({@code experience} for
 * {@code work}, {@code title} for a project's {@code name}, ...; found in the files of the corpus in
 * integration-tests): import reads each as the key it stands for (an older key always, another name only in a
 * lenient import, with a warning), and export writes a value back under the key the file used (a work entry's
 * employer under both {@code name} and {@code company}, see {@link #MIRRORED}). One table for both directions.
 */
final class LegacyKeys {

    /**
     * Another key for a key of a section's objects.
     *
     * @param section {@code basics}, {@code basics.location}, the name of a top-level array of objects, or
     *        {@code ""} for the document itself (a section under another name)
     * @param key the key of JSON Resume 1.0
     * @param legacy the other key that means the same
     * @param older whether it is a key of JSON Resume before 1.0 (read by every import) rather than a name people
     *        use (read by a lenient import only)
     */
    record Alias(String section, String key, String legacy, boolean older) {
    }

    static final List<Alias> ALIASES = List.of(
            new Alias("basics", "url", "website", true),
            new Alias("basics", "image", "picture", true),
            new Alias("work", "name", "company", true),
            new Alias("work", "url", "website", true),
            new Alias("volunteer", "url", "website", true),
            new Alias("education", "score", "gpa", true),
            new Alias("publications", "url", "website", true),
            new Alias("projects", "url", "website", true),
            new Alias("", "work", "experience", false),
            new Alias("basics", "image", "avatar", false),
            new Alias("basics", "phone", "tel", false),
            new Alias("basics", "label", "title", false),
            new Alias("basics.location", "countryCode", "country", false),
            new Alias("projects", "name", "title", false),
            new Alias("publications", "name", "title", false),
            new Alias("publications", "url", "link", false),
            new Alias("languages", "language", "name", false),
            new Alias("languages", "fluency", "level", false));

    /**
     * The older key that export writes beside the 1.0 key, with the same value: a work entry's {@code company}, which
     * popular themes ({@code flat}, {@code macchiato}) read for the employer instead of {@code name}. The schema allows
     * it (a work entry takes additional properties), and import reads it back as the copy it is.
     */
    static final Alias MIRRORED = ALIASES.get(2);

    private LegacyKeys() {
    }

    /**
     * Writes each work entry's {@code name} under {@link #MIRRORED}'s older key too, right after it, before the
     * extensions are placed: a file's own, other {@code company} replaces the copy (see {@link Extensions#place}).
     */
    static void mirror(Json.Obj root) {
        if (root.get(MIRRORED.section()) instanceof Json.Arr work) {
            for (Json entry : work) {
                if (entry instanceof Json.Obj object && !object.has(MIRRORED.legacy())) {
                    Json.Str copy = mirrorOf(object);
                    if (copy != null) {
                        object.putAfter(MIRRORED.key(), MIRRORED.legacy(), copy);
                    }
                }
            }
        }
    }

    /** What {@link #mirror} copies from a work entry (its non-blank {@code name}), or null. */
    static Json.Str mirrorOf(Json.Obj entry) {
        return entry.get(MIRRORED.key()) instanceof Json.Str name && !name.value().isBlank() ? new Json.Str(name.value()) : null;
    }

    /** Whether a work entry's older key holds the copy of its 1.0 key that export writes (see {@link #MIRRORED}). */
    static boolean isMirror(Json.Obj entry, String section) {
        Json.Str copy = mirrorOf(entry);
        return section.equals(MIRRORED.section()) && copy != null && Json.same(copy, entry.get(MIRRORED.legacy()));
    }

    /**
     * The key to read in an object of this section: the other key when only it is present and holds a value of
     * the 1.0 key's type (an array for a section, else a string), else the 1.0 key.
     */
    static String keyToRead(Json.Obj object, String section, String key) {
        for (Alias alias : ALIASES) {
            Json value = object.get(alias.legacy());
            if (alias.section().equals(section) && alias.key().equals(key) && !object.has(key)
                    && (section.isEmpty() ? value instanceof Json.Arr : value instanceof Json.Str)) {
                return alias.legacy();
            }
        }
        return key;
    }

    /** Whether {@code other} is a key of JSON Resume before 1.0 for {@code key} in this section. */
    static boolean isLegacy(String section, String key, String other) {
        return ALIASES.stream().anyMatch(alias -> alias.section().equals(section) && alias.key().equals(key)
                && alias.legacy().equals(other) && alias.older());
    }

    /**
     * After export: where an object holds a value both under its 1.0 key (written from the model) and under an older
     * key (put back from the extensions) that is its original form, and the file did not have the 1.0 key, removes the
     * 1.0 key, so that the
     * value is written under the key the file used. {@code extensions} tells whether the file had the 1.0 key too:
     * import keeps such a key as an extension even when its value is the model's.
     */
    static void restore(Json.Obj root, Map<String, String> extensions) {
        for (Alias alias : ALIASES) {
            if (alias.equals(MIRRORED)) {
                continue;
            }
            Json section = alias.section().isEmpty() ? root : root.get(alias.section());
            String pointer = "/" + alias.section();
            if (alias.section().equals("basics.location")) {
                section = root.get("basics") instanceof Json.Obj basics ? basics.get("location") : null;
                pointer = "/basics/location";
            }
            if (alias.section().isEmpty()) {
                restore(root, "", alias, extensions);
            } else if (section instanceof Json.Obj object) {
                restore(object, pointer, alias, extensions);
            } else if (section instanceof Json.Arr array) {
                for (int i = 0; i < array.size(); i++) {
                    if (array.get(i) instanceof Json.Obj object) {
                        restore(object, "/" + alias.section() + "/" + i, alias, extensions);
                    }
                }
            }
        }
    }

    private static void restore(Json.Obj object, String pointer, Alias alias, Map<String, String> extensions) {
        Json current = object.get(alias.key());
        Json legacy = object.get(alias.legacy());
        if (current != null && legacy != null && Extensions.isOriginalOf(legacy, current)
                && !extensions.containsKey(JsonPaths.pointerChild(pointer, alias.key()))) {
            object.remove(alias.key());
        }
    }
}
