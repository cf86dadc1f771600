package io.github.portfoliosdk.json.internal;

import io.github.portfoliosdk.model.PartialDate;
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
        RecordShape shape = shapes.get(record.getClass());
        if (shape == null) {
            throw new IllegalArgumentException("The native format does not know the record " + record.getClass().getName());
        }
        ObjectNode object = NODES.objectNode();
        for (int i = 0; i < shape.names().size(); i++) {
            JsonNode value = node(shape.value(record, i));
            if (value != null) {
                object.set(shape.names().get(i), value);
            }
        }
        return object;
    }

    private JsonNode node(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String text) {
            return NODES.stringNode(text);
        }
        if (value instanceof PartialDate date) {
            return NODES.stringNode(date.toString());
        }
        if (value instanceof Enum<?> constant) {
            return NODES.stringNode(constant.name().toLowerCase(Locale.ROOT));
        }
        if (value instanceof Record record) {
            return tree(record);
        }
        if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                return null;
            }
            ArrayNode array = NODES.arrayNode();
            for (Object item : list) {
                array.add(node(item));
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
}
