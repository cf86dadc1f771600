package io.github.portfoliosdk.json.internal;

import io.github.portfoliosdk.model.PartialDate;
import io.github.portfoliosdk.model.internal.translation.TranslatableTexts;
import io.github.portfoliosdk.model.internal.text.Suggestions;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Turns a {@link Tree} into model records, by the records' component names and types, collecting every
 * problem (unknown property, wrong type, bad date or enum value) with its path and position instead of
 * stopping at the first. A value with a problem is left out (null), so the rest can still be checked.
 * <p>Knows the value types the model uses: text, enums, {@link PartialDate}, records, lists of those, and
 * the string map of extensions. Thread-safe: holds no state between calls.
 */
public final class Binder {

    private final Map<Class<?>, RecordShape> shapes;
    private final JsonFactory extensionJson;

    /**
     * A binder for this root record type and every record type it holds, that checks extension values with
     * this JSON factory (configured with the read limits).
     */
    public Binder(Class<? extends Record> root, JsonFactory extensionJson) {
        this.shapes = RecordShape.reachableFrom(root);
        this.extensionJson = extensionJson;
    }

    /**
     * Binds the tree to a record of this type.
     *
     * @return the record, or null when the tree is not an object; the reasons are in {@code problems}
     */
    public <T extends Record> T bind(Tree tree, Class<T> type, Problems problems) {
        return bind(tree, type, problems, null);
    }

    /**
     * Binds the tree to a record of this type; a text a person writes may be a map of languages, whose other
     * languages go to {@code translated} (null: maps of languages are not allowed).
     *
     * @return the record, or null when the tree is not an object; the reasons are in {@code problems}
     */
    public <T extends Record> T bind(Tree tree, Class<T> type, Problems problems, TranslatedTexts translated) {
        return type.cast(new Binding(problems, translated).value(tree, type, "", false));
    }

    /** One binding: the problems and the translations of one document. */
    private final class Binding {
        private final Problems problems;
        private final TranslatedTexts translated;

        Binding(Problems problems, TranslatedTexts translated) {
            this.problems = problems;
            this.translated = translated;
        }

        private Object value(Tree tree, Type type, String path, boolean translatable) {
            if (isNull(tree)) {
                return null;
            }
            if (type == String.class && translatable && translated != null && tree instanceof Tree.Mapping languages) {
                return translated.read(languages, path, problems);
            }
            if (type instanceof ParameterizedType generic && generic.getRawType() == List.class) {
                return list(tree, generic.getActualTypeArguments()[0], path, problems, translatable, this);
            }
            return Binder.this.value(tree, type, path, problems, this);
        }
    }

    private Object value(Tree tree, Type type, String path, Problems problems, Binding binding) {
        if (type == String.class) {
            return text(tree, path, problems);
        }
        if (type == PartialDate.class) {
            return date(tree, path, problems);
        }
        if (type instanceof Class<?> type1 && type1.isEnum()) {
            return enumValue(tree, type1, path, problems);
        }
        if (type instanceof Class<?> type1 && shapes.containsKey(type1)) {
            return record(tree, shapes.get(type1), path, problems, binding);
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() == Map.class) {
            return extensions(tree, path, problems);
        }
        throw new IllegalStateException("The native format does not know how to read " + type.getTypeName());
    }

    private static String text(Tree tree, String path, Problems problems) {
        if (tree instanceof Tree.Scalar scalar) {
            return scalar.text();
        }
        problems.add(tree.position(), path, "expected text but found " + Tree.describe(tree));
        return null;
    }

    private static PartialDate date(Tree tree, String path, Problems problems) {
        String message;
        if (tree instanceof Tree.Scalar scalar
                && (scalar.kind() == Tree.ScalarKind.STRING || scalar.kind() == Tree.ScalarKind.INTEGER)) {
            try {
                return PartialDate.parse(scalar.text());
            } catch (IllegalArgumentException e) {
                message = e.getMessage();
            }
        } else {
            message = "expected a date (YYYY, YYYY-MM or YYYY-MM-DD) but found " + Tree.describe(tree);
        }
        problems.add(tree.position(), path, message);
        return null;
    }

    private static Object enumValue(Tree tree, Class<?> type, String path, Problems problems) {
        List<String> names = Arrays.stream(type.getEnumConstants())
                .map(constant -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT))
                .toList();
        if (tree instanceof Tree.Scalar scalar && scalar.kind() == Tree.ScalarKind.STRING) {
            String wanted = lettersOnly(scalar.text());
            int index = names.stream().map(Binder::lettersOnly).toList().indexOf(wanted);
            if (index >= 0) {
                return type.getEnumConstants()[index];
            }
        }
        String found = tree instanceof Tree.Scalar scalar && scalar.kind() == Tree.ScalarKind.STRING
                ? "'" + scalar.text() + "'" : Tree.describe(tree);
        problems.add(tree.position(), path, "expected one of " + String.join(", ", names) + " but found " + found);
        return null;
    }

    /** Case and separators do not count: "On-site" and "ONSITE" both name {@code onsite}. */
    private static String lettersOnly(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
    }

    private Object record(Tree tree, RecordShape shape, String path, Problems problems, Binding binding) {
        if (!(tree instanceof Tree.Mapping mapping)) {
            problems.add(tree.position(), path, "expected an object with properties of " + article(shape.name())
                    + " but found " + Tree.describe(tree));
            return null;
        }
        Object[] values = new Object[shape.components().size()];
        for (Tree.Entry entry : mapping.entries()) {
            String childPath = path.isEmpty() ? entry.name() : path + "." + entry.name();
            Integer index = shape.indexOf(entry.name());
            if (index == null) {
                problems.add(entry.namePosition(), childPath, unknownProperty(entry.name(), shape));
                continue;
            }
            values[index] = binding.value(entry.value(), shape.components().get(index).getGenericType(), childPath,
                    TranslatableTexts.isTranslatable(shape.type(), entry.name()));
        }
        try {
            return shape.create(values);
        } catch (IllegalArgumentException e) {
            problems.add(tree.position(), path, e.getMessage());
            return null;
        }
    }

    private static String unknownProperty(String name, RecordShape shape) {
        if (name.equals("<<")) {
            return "YAML merge keys (<<) are not supported; write the properties out";
        }
        Optional<String> suggestion = Suggestions.closest(name, shape.names());
        if (suggestion.isPresent()) {
            return "unknown property, did you mean '" + suggestion.get() + "'?";
        }
        return "unknown property; " + article(shape.name()) + " has " + String.join(", ", shape.names());
    }

    private static String article(String name) {
        return ("AEIOU".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }

    private static List<Object> list(Tree tree, Type itemType, String path, Problems problems, boolean translatable,
            Binding binding) {
        if (!(tree instanceof Tree.Sequence sequence)) {
            problems.add(tree.position(), path, "expected a list but found " + Tree.describe(tree));
            return null;
        }
        List<Object> items = new ArrayList<>(sequence.items().size());
        for (int i = 0; i < sequence.items().size(); i++) {
            Tree item = sequence.items().get(i);
            String itemPath = path + "[" + i + "]";
            Object value = binding.value(item, itemType, itemPath, translatable);
            if (value != null) {
                items.add(value);
            } else if (isNull(item)) {
                problems.add(item.position(), itemPath, "empty list item; remove it or give it a value");
            }
        }
        return items;
    }

    private static boolean isNull(Tree tree) {
        return tree instanceof Tree.Scalar scalar && scalar.kind() == Tree.ScalarKind.NULL;
    }

    private Map<String, String> extensions(Tree tree, String path, Problems problems) {
        if (!(tree instanceof Tree.Mapping mapping)) {
            problems.add(tree.position(), path, "expected an object of JSON Pointer to JSON text but found "
                    + Tree.describe(tree));
            return null;
        }
        Map<String, String> extensions = new TreeMap<>();
        for (Tree.Entry entry : mapping.entries()) {
            String entryPath = path + "[" + entry.name() + "]";
            if (!entry.name().startsWith("/")) {
                problems.add(entry.namePosition(), entryPath, "expected a JSON Pointer starting with '/'");
                continue;
            }
            if (!(entry.value() instanceof Tree.Scalar scalar) || scalar.kind() != Tree.ScalarKind.STRING) {
                problems.add(entry.value().position(), entryPath,
                        "expected JSON text as a string but found " + Tree.describe(entry.value()));
                continue;
            }
            Optional<String> error = jsonError(scalar.text());
            if (error.isPresent()) {
                problems.add(scalar.position(), entryPath, "expected JSON text: " + error.get());
                continue;
            }
            extensions.put(entry.name(), scalar.text());
        }
        return extensions;
    }

    /** Why this text is not one JSON value, or empty when it is. */
    private Optional<String> jsonError(String text) {
        try (JsonParser parser = extensionJson.createParser(ObjectReadContext.empty(), text)) {
            if (parser.nextToken() == null) {
                return Optional.of("it is empty");
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                return Optional.of("more than one value");
            }
            return Optional.empty();
        } catch (JacksonException e) {
            String message = e.getOriginalMessage();
            for (String noise : new String[] {"\n", " (start marker at", " at [Source"}) {
                int end = message.indexOf(noise);
                message = end < 0 ? message : message.substring(0, end);
            }
            return Optional.of(message);
        }
    }
}
