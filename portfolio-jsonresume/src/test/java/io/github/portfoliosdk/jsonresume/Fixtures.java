package io.github.portfoliosdk.jsonresume;

import io.github.portfoliosdk.json.PortfolioFormat;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.testing.Checkers;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
