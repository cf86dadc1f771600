package io.github.portfoliosdk.jsonresume.internal;

import io.github.portfoliosdk.model.PartialDate;
import io.github.portfoliosdk.model.Period;
import java.util.List;
import java.util.function.Function;

/**
 * The regular fields of one record type, as one table that both export and import read: each field's JSON Resume
 * key, the record component it maps to, the kind of value, and how to get it from a record. Irregular fields
 * (extensions, enums, flags) stay as code in {@link Exporter} and {@link Importer}.
 *
 * @param <T> the record type
 */
final class Fields<T> {

    /** The kind of a field's value, which says how it is written and read. */
    enum Kind {
        /** A string. */
        STRING,
        /** An array of strings; an empty list is left out. */
        STRINGS,
        /** A date at the precision the model holds. */
        DATE,
        /** An absolute URI (JSON Resume format "uri"). */
        URL,
        /** A {@link Period} as {@code startDate} and {@code endDate}; its key is {@code startDate}. */
        PERIOD
    }

    /**
     * One field.
     *
     * @param key the JSON Resume key
     * @param component the name of the record component, as validation paths give it
     * @param kind the kind of value
     * @param value the value of a record
     */
    record Field<T>(String key, String component, Kind kind, Function<T, Object> value) {
    }

    /** Makes a record from its fields' values, in table order. */
    interface Maker<T> {
        T make(Values values);
    }

    /** The values read for one record, taken in table order. */
    static final class Values {
        private final Object[] values;
        private int next;

        Values(Object[] values) {
            this.values = values;
        }

        String string() {
            return (String) values[next++];
        }

        PartialDate date() {
            return (PartialDate) values[next++];
        }

        Period period() {
            return (Period) values[next++];
        }

        @SuppressWarnings("unchecked")
        List<String> strings() {
            return (List<String>) values[next++];
        }
    }

    private final String section;
    private final List<Field<T>> fields;
    private final Maker<T> maker;

    private Fields(String section, List<Field<T>> fields, Maker<T> maker) {
        this.section = section;
        this.fields = fields;
        this.maker = maker;
    }

    /**
     * A table.
     *
     * @param section the JSON Resume section whose older keys apply ({@link LegacyKeys}), or "" for none
     * @param maker makes the record from the values, taken in the order of {@code fields}
     */
    @SafeVarargs
    static <T> Fields<T> of(String section, Maker<T> maker, Field<T>... fields) {
        return new Fields<>(section, List.of(fields), maker);
    }

    /** A field whose JSON key is its component's name. */
    static <T> Field<T> field(String key, Kind kind, Function<T, Object> value) {
        return new Field<>(key, key, kind, value);
    }

    /** A field whose JSON key differs from its component's name ({@code keywords} for {@code techStack}). */
    static <T> Field<T> field(String key, String component, Kind kind, Function<T, Object> value) {
        return new Field<>(key, component, kind, value);
    }

    String section() {
        return section;
    }

    List<Field<T>> fields() {
        return fields;
    }

    T make(Object[] values) {
        return maker.make(new Values(values));
    }
}
