package io.github.portfoliosdk.hardening;

import io.github.portfoliosdk.model.Portfolio;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Every text field of a portfolio with its path ({@code roles[3].highlights[0]}), found by walking the model's
 * records through their record components, so that a field added to the model is checked without anyone listing it.
 */
final class TextFields {

    /** One text field's path and value; {@link #name()} is the last part of the path without index. */
    record TextField(String path, String name, String value) {
    }

    private TextFields() {
    }

    /** Every non-null text field, in model order. */
    static List<TextField> of(Portfolio portfolio) {
        List<TextField> fields = new ArrayList<>();
        walk(portfolio, "", "", fields, false);
        return fields;
    }

    /** Every non-null value that is not a record or list (text, number, enum, map), as text, in model order. */
    static List<TextField> leaves(Record record) {
        List<TextField> fields = new ArrayList<>();
        walk(record, "", "", fields, true);
        return fields;
    }

    private static void walk(Object value, String path, String name, List<TextField> fields, boolean all) {
        if (value instanceof String text) {
            fields.add(new TextField(path, name, text));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]", name, fields, all);
            }
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                walk(read(component, record), path.isEmpty() ? component.getName() : path + "." + component.getName(),
                        component.getName(), fields, all);
            }
        } else if (value != null && all) {
            fields.add(new TextField(path, name, value.toString()));
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
