package io.github.portfoliosdk.hardening;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.portfoliosdk.testing.Checkers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

/**
 * The official JSON Resume schema as npm installed it into {@code checkers/} (never copied into this module), with
 * format assertions (email, uri) on.
 */
final class OfficialJsonResumeSchema {

    private static Schema schema;

    private OfficialJsonResumeSchema() {
    }

    /** Every way the document breaks the schema; empty when it is valid. */
    static synchronized List<String> problems(String json) {
        if (schema == null) {
            try (InputStream in = Files.newInputStream(
                    Checkers.nodePackage("@jsonresume/schema").resolve("schema.json"))) {
                SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
                schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                        registry -> registry.schemaRegistryConfig(config)).getSchema(in, InputFormat.JSON);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }
}
