package io.github.portfoliosdk.hardening;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What "an import exports back to the same document" means: the document as read, or, where export writes a job's
 * employer under both keys themes read ({@code name}, JSON Resume 1.0, and {@code company}, the older key that the
 * themes {@code flat} and {@code macchiato} read), the document with the other key added beside the one the file had.
 */
final class ExportedDocument {

    private ExportedDocument() {
    }

    /** Whether {@code exported} is {@code original} as export gives it back (see the class comment). */
    static boolean isTheSame(JsonNode exported, JsonNode original) {
        return exported.equals(original) || exported.equals(withBothEmployerKeys(original));
    }

    /** The document with each work entry's employer, given as text under one of {@code name} and {@code company}, under both. */
    static JsonNode withBothEmployerKeys(JsonNode original) {
        JsonNode copy = original.deepCopy();
        for (JsonNode entry : copy.path("work")) {
            if (entry instanceof ObjectNode job) {
                for (String[] keys : new String[][] {{"name", "company"}, {"company", "name"}}) {
                    if (job.path(keys[0]).isString() && !job.path(keys[0]).asString().isBlank() && !job.has(keys[1])) {
                        job.put(keys[1], job.path(keys[0]).asString());
                    }
                }
            }
        }
        return copy;
    }
}
