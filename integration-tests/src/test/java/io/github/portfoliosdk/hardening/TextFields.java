package io.github.portfoliosdk.hardening;

import io.github.portfoliosdk.model.PartialDate;
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

    /**
     * One value of a portfolio: its path, the record component it is ({@code "Role.kind"}) and the value itself
     * (text, enum, {@link PartialDate} or map).
     */
    record Value(String path, String field, Object value) {
    }

    private TextFields() {
    }

    /** Every non-null text field, in model order. */
    static List<TextField> of(Portfolio portfolio) {
        List<TextField> fields = new ArrayList<>();
        walk(portfolio, fields, false);
        return fields;
    }

    /** Every non-null value that is not a record or list (text, number, enum, map), as text, in model order. */
    static List<TextField> leaves(Record record) {
        List<TextField> fields = new ArrayList<>();
        walk(record, fields, true);
        return fields;
    }

    /** Every non-null value of a portfolio that is not a record or list, dates whole, in model order. */
    static List<Value> values(Portfolio portfolio) {
        List<Value> values = new ArrayList<>();
        walk(portfolio, "", "", true, (path, field, value) -> values.add(new Value(path, field, value)));
        return values;
    }

    private static void walk(Record record, List<TextField> fields, boolean all) {
        walk(record, "", "", false, (p, field, leaf) -> {
            if (leaf instanceof String text) {
                fields.add(new TextField(p, field.substring(field.indexOf('.') + 1), text));
            } else if (all) {
                fields.add(new TextField(p, field.substring(field.indexOf('.') + 1), leaf.toString()));
            }
        });
    }

    /** What a walk does with each leaf: its path, its record component ("Role.kind") and its value. */
    private interface Leaf {
        void accept(String path, String field, Object value);
    }

    private static void walk(Object value, String path, String field, boolean datesWhole, Leaf leaf) {
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]", field, datesWhole, leaf);
            }
        } else if (value instanceof Record record && !(datesWhole && value instanceof PartialDate)) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                walk(read(component, record), path.isEmpty() ? component.getName() : path + "." + component.getName(),
                        record.getClass().getSimpleName() + "." + component.getName(), datesWhole, leaf);
            }
        } else if (value != null) {
            leaf.accept(path, field, value);
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
