package io.github.portfoliosdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.portfoliosdk.model.PartialDate;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Translations;
import io.github.portfoliosdk.model.internal.translation.TranslatableTexts;
import io.github.portfoliosdk.testing.Checkers;
import io.github.portfoliosdk.testing.SamplePortfolios;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The checked-in JSON Schema describes exactly the model (a new record component without the schema fails
 * here), and what the format writes, as well as the showcase, validates against it.
 */
class SchemaTest {

    private static final JsonNode SCHEMA = JsonMapper.builder().build().readTree(PortfolioFormat.schema());

    @Test
    void theSchemaIsDraft2020WithItsPublishedId() {
        assertThat(SCHEMA.path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(SCHEMA.path("$id").asString()).isEqualTo(PortfolioFormat.SCHEMA_ID)
                .isEqualTo("https://portfoliosdk.github.io/schema/portfolio.schema.json");
        assertThat(SCHEMA.path("$ref").asString()).isEqualTo("#/$defs/Portfolio");
    }

    @Test
    void everyModelRecordHasADefinitionWithExactlyItsComponents() {
        Map<String, Class<?>> records = recordsReachableFrom(Portfolio.class);
        Set<String> defined = new LinkedHashSet<>();
        SCHEMA.path("$defs").propertyNames().forEach(defined::add);
        defined.remove("PartialDate");
        defined.remove("Text");
        assertThat(defined).as("definitions in the schema").containsExactlyInAnyOrderElementsOf(records.keySet());
        for (Map.Entry<String, Class<?>> record : records.entrySet()) {
            JsonNode definition = SCHEMA.path("$defs").path(record.getKey());
            List<String> properties = new ArrayList<>();
            definition.path("properties").propertyNames().forEach(properties::add);
            properties.remove("$schema");
            List<String> components = components(record.getValue()).stream().map(RecordComponent::getName).toList();
            assertThat(properties).as("properties of %s in the schema, in record order", record.getKey())
                    .containsExactlyElementsOf(components);
            assertThat(definition.path("additionalProperties").isBoolean() && !definition.path("additionalProperties").asBoolean())
                    .as("%s forbids other properties, so editors flag typos", record.getKey()).isTrue();
            for (String component : components) {
                assertThat(definition.path("properties").path(component).path("description").asString())
                        .as("description of %s.%s", record.getKey(), component).isNotBlank();
            }
        }
    }

    @Test
    void requiredPropertiesAreTheComponentsTheModelRequires() {
        for (Map.Entry<String, Class<?>> record : recordsReachableFrom(Portfolio.class).entrySet()) {
            List<String> required = new ArrayList<>();
            SCHEMA.path("$defs").path(record.getKey()).path("required").forEach(name -> required.add(name.asString()));
            List<String> expected = components(record.getValue()).stream()
                    .filter(SchemaTest::isRequired)
                    .map(RecordComponent::getName).toList();
            assertThat(required).as("required properties of %s", record.getKey()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void enumPropertiesListTheModelsValuesInLowerCase() {
        for (Map.Entry<String, Class<?>> record : recordsReachableFrom(Portfolio.class).entrySet()) {
            for (RecordComponent component : record.getValue().getRecordComponents()) {
                if (component.getType().isEnum()) {
                    List<String> listed = new ArrayList<>();
                    SCHEMA.path("$defs").path(record.getKey()).path("properties").path(component.getName()).path("enum")
                            .forEach(value -> listed.add(value.asString()));
                    assertThat(listed).as("%s.%s", record.getKey(), component.getName()).containsExactlyElementsOf(
                            Arrays.stream(component.getType().getEnumConstants())
                                    .map(constant -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT)).toList());
                }
            }
        }
    }

    @Test
    void everyPropertyHasTheTypeOfItsComponent() {
        for (Map.Entry<String, Class<?>> record : recordsReachableFrom(Portfolio.class).entrySet()) {
            for (RecordComponent component : components(record.getValue())) {
                JsonNode property = SCHEMA.path("$defs").path(record.getKey()).path("properties").path(component.getName());
                String where = record.getKey() + "." + component.getName();
                if (TranslatableTexts.isTranslatable(record.getValue(), component.getName())) {
                    JsonNode text = component.getType() == List.class ? property.path("items") : property;
                    assertThat(text.path("$ref").asString()).as("%s is text a person writes", where).isEqualTo("#/$defs/Text");
                    assertThat(text.has("type")).as(where).isFalse();
                } else {
                    assertDescribes(property, component.getGenericType(), where);
                }
            }
        }
    }

    @Test
    void theSchemaItselfIsAValidSchema() {
        Schema metaSchema = registry().getSchema(com.networknt.schema.SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(metaSchema.validate(SCHEMA)).isEmpty();
    }

    @Test
    void yamlWrittenFromTheFullSampleValidates() {
        assertThat(schema().validate(PortfolioFormat.yaml().write(SamplePortfolios.full()), InputFormat.YAML)).isEmpty();
    }

    @Test
    void jsonWrittenFromTheFullSampleValidates() {
        assertThat(schema().validate(PortfolioFormat.json().write(SamplePortfolios.full()), InputFormat.JSON)).isEmpty();
    }

    @Test
    void theShowcaseValidates() throws IOException {
        String showcase = Files.readString(Checkers.showcaseFile());
        assertThat(schema().validate(showcase, InputFormat.YAML)).isEmpty();
    }

    @Test
    void typosAndWrongValuesFailTheSchemaAsTheyFailReading() {
        List<Error> errors = schema().validate("""
                person:
                  name: Ada
                  headlin: Analyst
                skills:
                  - level: guru
                roles:
                  - period:
                      start: 2020-13
                """, InputFormat.YAML);
        assertThat(errors).extracting(error -> error.getInstanceLocation().toString())
                .contains("/person", "/skills/0/level", "/roles/0/period/start");
    }

    @Test
    void aDarkPortraitWithoutALightOneFailsTheSchemaAsItFailsReading() {
        List<Error> errors = schema().validate("""
                person:
                  name: Ada
                  imageDark: https://example.com/ada-dark.png
                """, InputFormat.YAML);
        assertThat(errors).extracting(error -> error.getInstanceLocation().toString()).containsExactly("/person");
        assertThat(schema().validate("""
                person:
                  name: Ada
                  image: https://example.com/ada.png
                  imageDark: https://example.com/ada-dark.png
                """, InputFormat.YAML)).isEmpty();
    }

    private static void assertDescribes(JsonNode property, Type type, String where) {
        if (type == String.class || type instanceof Class<?> plain && plain.isEnum()) {
            assertThat(property.path("type").asString()).as(where).isEqualTo("string");
        } else if (type instanceof Class<?> plain && plain.isRecord()) {
            assertThat(property.path("$ref").asString()).as(where).isEqualTo("#/$defs/" + plain.getSimpleName());
        } else if (type instanceof ParameterizedType generic && generic.getRawType() == List.class) {
            assertThat(property.path("type").asString()).as(where).isEqualTo("array");
            assertDescribes(property.path("items"), generic.getActualTypeArguments()[0], where + "[]");
        } else if (type instanceof ParameterizedType generic && generic.getRawType() == Map.class) {
            assertThat(property.path("type").asString()).as(where).isEqualTo("object");
            assertThat(property.path("additionalProperties").path("type").asString()).as(where).isEqualTo("string");
        } else {
            throw new AssertionError(where + " has a type the schema test does not know: " + type);
        }
    }

    /** Whether the model's validation requires a value: {@code @NotNull}, {@code @NotBlank} or {@code @NotEmpty}. */
    private static boolean isRequired(RecordComponent component) {
        return Arrays.stream(component.getAccessor().getAnnotations()).anyMatch(annotation ->
                annotation instanceof NotNull || annotation instanceof NotBlank || annotation instanceof NotEmpty);
    }

    private static Schema schema() {
        return registry().getSchema(PortfolioFormat.schema(), InputFormat.JSON);
    }

    private static SchemaRegistry registry() {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    }

    /** The model's record types, by simple name, that a portfolio can hold (dates are a string type). */
    private static Map<String, Class<?>> recordsReachableFrom(Class<?> root) {
        Map<String, Class<?>> found = new LinkedHashMap<>();
        List<Class<?>> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            Class<?> type = todo.remove(0);
            if (found.putIfAbsent(type.getSimpleName(), type) != null) {
                continue;
            }
            for (RecordComponent component : components(type)) {
                collectRecords(component.getGenericType(), todo);
            }
        }
        return found;
    }

    /** The components the format has properties for: all but a portfolio's translations, written as maps of languages. */
    private static List<RecordComponent> components(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).filter(component -> component.getType() != Translations.class).toList();
    }

    private static void collectRecords(Type type, List<Class<?>> todo) {
        if (type instanceof Class<?> plain && plain.isRecord() && plain != PartialDate.class) {
            todo.add(plain);
        } else if (type instanceof ParameterizedType generic) {
            Arrays.stream(generic.getActualTypeArguments()).forEach(argument -> collectRecords(argument, todo));
        }
    }
}
