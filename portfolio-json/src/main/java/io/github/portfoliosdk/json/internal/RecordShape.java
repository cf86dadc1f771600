package io.github.portfoliosdk.json.internal;

import io.github.portfoliosdk.model.Translations;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the native format needs to know about one model record type: its components (the property names,
 * in order) and its canonical constructor. Found once, through the public record API, and then shared;
 * immutable and thread-safe.
 */
final class RecordShape {

    private final Class<?> type;
    private final List<RecordComponent> components;
    private final List<String> names;
    private final Map<String, Integer> indexByName;
    private final Constructor<?> constructor;

    private RecordShape(Class<?> type) {
        this.type = type;
        this.components = List.of(type.getRecordComponents());
        this.names = components.stream().filter(component -> !hidden(component)).map(RecordComponent::getName).toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < components.size(); i++) {
            if (!hidden(components.get(i))) {
                index.put(components.get(i).getName(), i);
            }
        }
        this.indexByName = Map.copyOf(index);
        try {
            this.constructor = type.getConstructor(components.stream().map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type.getName() + " has no public canonical constructor", e);
        }
    }

    /**
     * Whether the native format has no property for this component: the {@link Translations} of a portfolio, which
     * the format writes as maps of languages in place of the texts.
     */
    static boolean hidden(RecordComponent component) {
        return component.getType() == Translations.class;
    }

    /** The record type. */
    Class<?> type() {
        return type;
    }

    /** The shapes of this record type and of every record type reachable from its components. */
    static Map<Class<?>, RecordShape> reachableFrom(Class<? extends Record> root) {
        Map<Class<?>, RecordShape> shapes = new HashMap<>();
        collect(root, shapes);
        return Map.copyOf(shapes);
    }

    private static void collect(java.lang.reflect.Type type, Map<Class<?>, RecordShape> shapes) {
        if (type instanceof Class<?> plain && plain.isRecord() && !shapes.containsKey(plain) && plain != Translations.class) {
            RecordShape shape = new RecordShape(plain);
            shapes.put(plain, shape);
            shape.components.forEach(component -> collect(component.getGenericType(), shapes));
        } else if (type instanceof java.lang.reflect.ParameterizedType generic) {
            Arrays.stream(generic.getActualTypeArguments()).forEach(argument -> collect(argument, shapes));
        }
    }

    /** The record's simple name, as messages name it ("Person"). */
    String name() {
        return type.getSimpleName();
    }

    /** The components, in declaration order. */
    List<RecordComponent> components() {
        return components;
    }

    /** The property names, in declaration order (without hidden components). */
    List<String> names() {
        return names;
    }

    /** The position of the component with this name, or null when there is none. */
    Integer indexOf(String name) {
        return indexByName.get(name);
    }

    /**
     * A new record from these component values.
     *
     * @throws IllegalArgumentException when the record's constructor refuses the values
     */
    Object create(Object[] values) {
        try {
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException invalid) {
                throw invalid;
            }
            throw new IllegalStateException("Could not create " + type.getName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Could not create " + type.getName(), e);
        }
    }

    /** The value of the component at this position of a record of this type. */
    Object value(Record record, int index) {
        try {
            return components.get(index).getAccessor().invoke(record);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Could not read " + components.get(index), e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Could not read " + components.get(index), e);
        }
    }
}
