package io.github.portfoliosdk.json.internal;

import io.github.portfoliosdk.model.PartialDate;
import io.github.portfoliosdk.model.Translations;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns model records into a Jackson tree for writing: properties in record-component order, nulls, empty
 * lists and empty maps left out, enums in lower case, dates in their ISO form at the precision given.
 * Immutable and thread-safe.
 */
public final class RecordWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<Class<?>, RecordShape> shapes;

    /** A writer for this root record type and every record type it holds. */
    public RecordWriter(Class<? extends Record> root) {
        this.shapes = RecordShape.reachableFrom(root);
    }

    /** The tree of this record, which must be the root type or one it holds. */
    public ObjectNode tree(Record record) {
        return tree(record, "", Languages.NONE);
    }

    /**
     * The tree of a portfolio written in the language {@code language} (a BCP 47 tag, null for English), each text that
     * has translations written as a map of languages, its own first: {@code {en: ..., de: ...}}.
     */
    public ObjectNode tree(Record portfolio, String language, Translations translations) {
        return tree(portfolio, "", new Languages(language == null ? "en" : language, translations));
    }

    private ObjectNode tree(Record record, String pointer, Languages languages) {
        RecordShape shape = shapes.get(record.getClass());
        if (shape == null) {
            throw new IllegalArgumentException("The native format does not know the record " + record.getClass().getName());
        }
        ObjectNode object = NODES.objectNode();
        for (int i = 0; i < shape.components().size(); i++) {
            if (RecordShape.hidden(shape.components().get(i))) {
                continue;
            }
            String name = shape.components().get(i).getName();
            JsonNode value = node(shape.value(record, i), pointer + "/" + name, languages);
            if (value != null) {
                object.set(name, value);
            }
        }
        return object;
    }

    private JsonNode node(Object value, String pointer, Languages languages) {
        if (value == null) {
            return null;
        }
        if (value instanceof String text) {
            return languages.text(text, pointer);
        }
        if (value instanceof PartialDate date) {
            return NODES.stringNode(date.toString());
        }
        if (value instanceof Enum<?> constant) {
            return NODES.stringNode(constant.name().toLowerCase(Locale.ROOT));
        }
        if (value instanceof Record record) {
            return tree(record, pointer, languages);
        }
        if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                return null;
            }
            ArrayNode array = NODES.arrayNode();
            for (int i = 0; i < list.size(); i++) {
                array.add(node(list.get(i), pointer + "/" + i, languages));
            }
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                return null;
            }
            ObjectNode object = NODES.objectNode();
            map.forEach((key, text) -> object.put((String) key, (String) text));
            return object;
        }
        throw new IllegalStateException("The native format does not know how to write " + value.getClass().getName());
    }

    /** The portfolio's own language and its translations, which turn a text into a map of languages. */
    private record Languages(String own, Translations translations) {
        static final Languages NONE = new Languages("en", Translations.NONE);

        JsonNode text(String text, String pointer) {
            ObjectNode map = null;
            for (Map.Entry<String, ? extends Map<String, String>> language : translations.texts().entrySet()) {
                String translated = language.getValue().get(pointer);
                if (translated != null) {
                    if (map == null) {
                        map = NODES.objectNode();
                        map.put(own, text);
                    }
                    map.put(language.getKey(), translated);
                }
            }
            return map == null ? NODES.stringNode(text) : map;
        }
    }
}
