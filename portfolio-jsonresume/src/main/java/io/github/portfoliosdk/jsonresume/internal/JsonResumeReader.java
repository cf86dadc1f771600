package io.github.portfoliosdk.jsonresume.internal;

import io.github.portfoliosdk.jsonresume.JsonResumeImporter;
import io.github.portfoliosdk.model.PortfolioReader;
import io.github.portfoliosdk.model.ReadOptions;
import io.github.portfoliosdk.model.ReadResult;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The {@code json-resume} {@link PortfolioReader}: certain of a JSON object that has a JSON Resume section at its
 * top ({@code basics}, {@code work}, {@code education}, ...) and no {@code person} or {@code roles}, which only our
 * own format has.
 */
public final class JsonResumeReader implements PortfolioReader {

    private static final Set<String> SECTIONS = Set.of("basics", "work", "volunteer", "education", "awards",
            "certificates", "publications", "skills", "languages", "interests", "references", "projects");
    private static final Set<String> NATIVE_ONLY = Set.of("person", "roles");
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonResumeImporter STRICT = JsonResumeImporter.create();
    private static final JsonResumeImporter LENIENT = JsonResumeImporter.builder().lenient(true).build();

    /** The reader; ServiceLoader makes it. */
    public JsonResumeReader() {
    }

    @Override
    public String format() {
        return JsonResumeImporter.FORMAT;
    }

    @Override
    public Fit fit(byte[] content, String source) {
        boolean section = false;
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF ? 3 : 0;
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), content, start, content.length - start)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Fit.NONE;
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                if (NATIVE_ONLY.contains(name)) {
                    return Fit.NONE;
                }
                section |= SECTIONS.contains(name);
                parser.nextToken();
                parser.skipChildren();
            }
        } catch (JacksonException brokenJson) {
            // judged by the keys before the error; the reader reports the error with its place
        }
        return section ? Fit.CERTAIN : Fit.NONE;
    }

    @Override
    public ReadResult read(byte[] content, String source, ReadOptions options) {
        return (options.lenient() ? LENIENT : STRICT).readWithWarnings(content, source);
    }
}
