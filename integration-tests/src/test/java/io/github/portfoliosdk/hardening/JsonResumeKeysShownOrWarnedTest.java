package io.github.portfoliosdk.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portfoliosdk.jsonresume.JsonResumeImporter;
import io.github.portfoliosdk.model.InvalidPortfolioException;
import io.github.portfoliosdk.model.Problem;
import io.github.portfoliosdk.model.ReadResult;
import io.github.portfoliosdk.render.html.HtmlRenderer;
import io.github.portfoliosdk.testing.Checkers;
import io.github.portfoliosdk.testing.SamplePortfolios;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Nothing a real file holds is dropped silently: in every file of the corpus that a lenient import takes, each key
 * outside the official JSON Resume schema is either shown (each text in it is on the HTML page, as text or as a
 * link) or named by a located warning at its path or at the entry or list it is in.
 */
class JsonResumeKeysShownOrWarnedTest {

    private static final Path CORPUS = Path.of("src/test/resources/jsonresume-corpus");
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_$-]+");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final JsonResumeImporter LENIENT = JsonResumeImporter.builder().lenient(true).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().clock(SamplePortfolios.CLOCK).build();

    @Test
    void everyKeyOutsideTheSchemaIsShownOrWarnedOf() throws IOException {
        JsonNode schema = MAPPER.readTree(Checkers.nodePackage("@jsonresume/schema").resolve("schema.json").toFile());
        List<String> silent = new ArrayList<>();
        int files = 0;
        int keys = 0;
        int shownKeys = 0;
        for (Path file : files()) {
            byte[] bytes = Files.readAllBytes(file);
            ReadResult read;
            try {
                read = LENIENT.readWithWarnings(bytes, file.getFileName().toString());
            } catch (InvalidPortfolioException notImported) {
                continue;
            }
            files++;
            JsonNode document = MAPPER.readTree(withoutByteOrderMark(bytes));
            List<String> shown = shownTexts(Jsoup.parse(HTML.render(read.portfolio())));
            List<String[]> outside = new ArrayList<>();
            outsideSchema(document, schema, "", outside);
            for (String[] key : outside) {
                keys++;
                String path = key[0];
                boolean warned = read.warnings().stream().map(Problem::path)
                        .anyMatch(p -> p.equals(path) || path.startsWith(p + ".") || path.startsWith(p + "["));
                if (!warned && isShown(document.at(key[1]), shown)) {
                    shownKeys++;
                } else if (!warned) {
                    silent.add(file.getFileName() + ": " + path);
                }
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/jsonresume-keys.txt"), String.format("files imported %d, keys outside the schema %d, "
                + "shown %d, warned of %d, neither %d%n", files, keys, shownKeys, keys - shownKeys - silent.size(), silent.size()));
        assertThat(files).as("files imported").isGreaterThanOrEqualTo(80);
        assertThat(keys).as("keys outside the schema in them").isGreaterThanOrEqualTo(300);
        assertThat(silent).as("keys neither shown nor warned of").isEmpty();
    }

    @Test
    void theCheckCatchesAKeyThatIsNeitherShownNorWarnedOf() {
        JsonNode document = MAPPER.readTree("{\"basics\": {\"name\": \"Ada\", \"x_title\": \"Countess\"}}");
        assertThat(isShown(document.at("/basics/x_title"), List.of("Ada"))).isFalse();
        assertThat(isShown(document.at("/basics/x_title"), List.of("Ada", "Countess of Lovelace"))).isTrue();
    }

    /** The text of the page, and every attribute value (links, images), whitespace made single spaces. */
    private static List<String> shownTexts(Document page) {
        List<String> texts = new ArrayList<>();
        texts.add(page.text());
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                texts.add(attribute.getValue());
            }
        }
        return texts;
    }

    /** Whether each text or number in the value is on the page. */
    private static boolean isShown(JsonNode value, List<String> shown) {
        if (value.isObject() || value.isArray()) {
            for (JsonNode child : value) {
                if (!isShown(child, shown)) {
                    return false;
                }
            }
            return true;
        }
        if (value.isNull() || value.isBoolean() || value.isString() && value.asString().isBlank()) {
            return true;
        }
        String text = (value.isString() ? value.asString() : value.toString()).strip().replaceAll("\\s+", " ");
        return shown.stream().anyMatch(s -> s.contains(text));
    }

    /** Each key of the document that the schema has no property for, as its display path and JSON Pointer. */
    private static void outsideSchema(JsonNode value, JsonNode schema, String path, List<String[]> out) {
        outsideSchema(value, schema, path, "", out);
    }

    private static void outsideSchema(JsonNode value, JsonNode schema, String path, String pointer, List<String[]> out) {
        if (value.isObject() && schema.has("properties")) {
            for (Map.Entry<String, JsonNode> member : value.properties()) {
                String key = member.getKey();
                String childPath = PLAIN_KEY.matcher(key).matches() ? (path.isEmpty() ? key : path + "." + key)
                        : path + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
                String childPointer = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
                JsonNode property = schema.path("properties").path(key);
                if (property.isMissingNode()) {
                    if (!key.equals("x-portfolio")) {
                        out.add(new String[] {childPath, childPointer});
                    }
                } else {
                    outsideSchema(member.getValue(), property, childPath, childPointer, out);
                }
            }
        } else if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                outsideSchema(value.get(i), schema.get("items"), path + "[" + i + "]", pointer + "/" + i, out);
            }
        }
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .filter(f -> {
                        try {
                            return new String(Files.readAllBytes(f), StandardCharsets.UTF_8).contains("\"basics\"");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).sorted().toList();
        }
    }

    private static String withoutByteOrderMark(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
