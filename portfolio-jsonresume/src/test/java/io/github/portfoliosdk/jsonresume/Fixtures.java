package io.github.portfoliosdk.jsonresume;

import io.github.portfoliosdk.json.PortfolioFormat;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.testing.Checkers;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Small helpers the tests share: the renderer, the importer, and JSON comparison that ignores key order. */
final class Fixtures {

    static final JsonResumeRenderer RENDERER = JsonResumeRenderer.builder().build();
    static final JsonResumeImporter IMPORTER = JsonResumeImporter.create();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Fixtures() {
    }

    /** The JSON tree of a text; objects compare without regard to key order, arrays in order. */
    static JsonNode tree(String json) {
        return MAPPER.readTree(json);
    }

    /**
     * The tree of a document as export writes it back after import: the same, with each work entry's employer
     * ({@code name}, when not blank) also under {@code company} where the entry has none, as themes read it there,
     * and an employer given only under {@code company} also under {@code name}.
     */
    static JsonNode exported(String json) {
        JsonNode root = tree(json);
        for (JsonNode entry : root.path("work")) {
            if (entry instanceof ObjectNode job && job.path("name").isString() && !job.path("name").asString().isBlank()
                    && !job.has("company")) {
                job.put("company", job.path("name").asString());
            } else if (entry instanceof ObjectNode job && job.path("company").isString()
                    && !job.path("company").asString().isBlank() && !job.has("name")) {
                job.put("name", job.path("company").asString());
            }
        }
        return root;
    }

    /** Exports, then imports the result. */
    static Portfolio throughJsonResume(Portfolio portfolio) {
        return IMPORTER.read(RENDERER.render(portfolio), "exported.json");
    }

    /** The showcase portfolio (the seed page as data), read with the YAML format. */
    static Portfolio showcase() {
        return PortfolioFormat.yaml().read(Checkers.showcaseFile());
    }

    /** The file's text, as UTF-8. */
    static String text(Path file) throws Exception {
        return Files.readString(file);
    }
}
