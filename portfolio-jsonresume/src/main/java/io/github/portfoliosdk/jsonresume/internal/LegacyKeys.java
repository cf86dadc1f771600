package io.github.portfoliosdk.jsonresume.internal;

import java.util.List;
import java.util.Map;

/**
 * The keys of JSON Resume before 1.0 that real files still use ({@code work[].company}, {@code work[].website},
 * {@code basics.website}, ...): import reads each as the key that replaced it, and export writes a value back under
 * the key the file used. One table for both directions.
 */
final class LegacyKeys {

    /**
     * An older key of a section's objects.
     *
     * @param section {@code basics}, or the name of a top-level array of objects
     * @param key the key of JSON Resume 1.0
     * @param legacy the older key that means the same
     */
    record Alias(String section, String key, String legacy) {
    }

    static final List<Alias> ALIASES = List.of(
            new Alias("basics", "url", "website"),
            new Alias("basics", "image", "picture"),
            new Alias("work", "name", "company"),
            new Alias("work", "url", "website"),
            new Alias("volunteer", "url", "website"),
            new Alias("education", "score", "gpa"),
            new Alias("publications", "url", "website"),
            new Alias("projects", "url", "website"));

    private LegacyKeys() {
    }

    /**
     * The key to read in an object of this section: the older key when only it is present and holds a string (the
     * type of every key in the table), else the 1.0 key.
     */
    static String keyToRead(Json.Obj object, String section, String key) {
        for (Alias alias : ALIASES) {
            if (alias.section().equals(section) && alias.key().equals(key) && !object.has(key) && object.get(alias.legacy()) instanceof Json.Str) {
                return alias.legacy();
            }
        }
        return key;
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
            Json section = root.get(alias.section());
            if (section instanceof Json.Obj object) {
                restore(object, "/" + alias.section(), alias, extensions);
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
