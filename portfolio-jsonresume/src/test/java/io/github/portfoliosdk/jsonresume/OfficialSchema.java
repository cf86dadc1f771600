package io.github.portfoliosdk.jsonresume;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.portfoliosdk.testing.Checkers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The official JSON Resume schema and sample, as npm installed them into {@code checkers/} (never copied here). */
final class OfficialSchema {

    private static Schema schema;

    private OfficialSchema() {
    }

    /** The package folder of {@code @jsonresume/schema}. */
    static Path dir() {
        return Checkers.nodePackage("@jsonresume/schema");
    }

    /** The official {@code sample.resume.json}. */
    static Path sample() {
        return dir().resolve("sample.resume.json");
    }

    /** The schema's error messages for this document; empty when it is valid. */
    static synchronized List<String> errors(String json) {
        if (schema == null) {
            try (InputStream in = Files.newInputStream(dir().resolve("schema.json"))) {
                schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in, InputFormat.JSON);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }
}
