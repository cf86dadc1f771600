package io.github.portfoliosdk.model.internal.translation;

import io.github.portfoliosdk.model.Award;
import io.github.portfoliosdk.model.Callout;
import io.github.portfoliosdk.model.CustomEntry;
import io.github.portfoliosdk.model.CustomSection;
import io.github.portfoliosdk.model.DesignNote;
import io.github.portfoliosdk.model.Education;
import io.github.portfoliosdk.model.Flow;
import io.github.portfoliosdk.model.FocusItem;
import io.github.portfoliosdk.model.Interest;
import io.github.portfoliosdk.model.Language;
import io.github.portfoliosdk.model.Link;
import io.github.portfoliosdk.model.Metric;
import io.github.portfoliosdk.model.Node;
import io.github.portfoliosdk.model.Organization;
import io.github.portfoliosdk.model.Person;
import io.github.portfoliosdk.model.Point;
import io.github.portfoliosdk.model.Portfolio;
import io.github.portfoliosdk.model.Project;
import io.github.portfoliosdk.model.Publication;
import io.github.portfoliosdk.model.Reference;
import io.github.portfoliosdk.model.Role;
import io.github.portfoliosdk.model.Skill;
import io.github.portfoliosdk.model.Stage;
import io.github.portfoliosdk.model.UsedIn;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The texts of a portfolio that a person writes in a language and may give in others (headlines, summaries,
 * highlights, titles, captions), as one table of record components; names, ids, tags, technologies, URLs and dates
 * are not among them. Finds every such text with its JSON Pointer, and makes a copy of a portfolio with some of them
 * replaced. Thread-safe; the records are read through their public accessors and canonical constructors.
 */
public final class TranslatableTexts {

    /** Per record type, the names of its components that hold translatable text (a text or a list of texts). */
    private static final Map<Class<?>, Set<String>> TABLE = Map.ofEntries(
            Map.entry(Portfolio.class, Set.of("designNotesIntro")),
            Map.entry(Person.class, Set.of("headline", "tagline", "summary", "about", "keywords", "availability")),
            Map.entry(FocusItem.class, Set.of("title", "text")),
            Map.entry(Metric.class, Set.of("label")),
            Map.entry(Role.class, Set.of("title", "summary", "highlights")),
            Map.entry(Organization.class, Set.of("description")),
            Map.entry(Project.class, Set.of("categories", "badge", "description", "problem", "solution", "impact",
                    "highlights", "roles", "type")),
            Map.entry(Link.class, Set.of("label")),
            Map.entry(Flow.class, Set.of("title")),
            Map.entry(Stage.class, Set.of("edgeLabel")),
            Map.entry(Node.class, Set.of("caption")),
            Map.entry(DesignNote.class, Set.of("category", "title", "body", "pointsTitle")),
            Map.entry(Callout.class, Set.of("label", "text")),
            Map.entry(Point.class, Set.of("title", "text")),
            Map.entry(UsedIn.class, Set.of("label", "detail")),
            Map.entry(Skill.class, Set.of("levelText", "category")),
            Map.entry(Education.class, Set.of("area", "studyType", "courses")),
            Map.entry(Award.class, Set.of("title", "summary")),
            Map.entry(Publication.class, Set.of("summary")),
            Map.entry(Language.class, Set.of("language", "fluency")),
            Map.entry(Interest.class, Set.of("name", "keywords")),
            Map.entry(Reference.class, Set.of("reference")),
            Map.entry(CustomSection.class, Set.of("title")),
            Map.entry(CustomEntry.class, Set.of("title", "subtitle", "summary", "highlights")));

    /** Each record type's components, found once: {@code getRecordComponents()} makes new objects on every call. */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    /** Each record type's accessors, in component order, found once. */
    private static final ClassValue<java.lang.reflect.Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected java.lang.reflect.Method[] computeValue(Class<?> type) {
            return java.util.Arrays.stream(COMPONENTS.get(type)).map(RecordComponent::getAccessor)
                    .toArray(java.lang.reflect.Method[]::new);
        }
    };

    private static final ClassValue<Constructor<?>> CONSTRUCTORS = new ClassValue<>() {
        @Override
        protected Constructor<?> computeValue(Class<?> type) {
            try {
                return type.getConstructor(java.util.Arrays.stream(type.getRecordComponents())
                        .map(RecordComponent::getType).toArray(Class<?>[]::new));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type.getName() + " has no public canonical constructor", e);
            }
        }
    };

    private TranslatableTexts() {
    }

    /** Whether this component of this record type holds text a person writes, which may be given in several languages. */
    public static boolean isTranslatable(Class<?> recordType, String component) {
        return TABLE.getOrDefault(recordType, Set.of()).contains(component);
    }

    /** The record types that have translatable components, with their names. */
    public static Map<Class<?>, Set<String>> table() {
        return TABLE;
    }

    /** Every translatable text of the portfolio that is there, by JSON Pointer, in document order. */
    public static Map<String, String> of(Portfolio portfolio) {
        Map<String, String> texts = new LinkedHashMap<>();
        new Walk(Map.of(), texts).record(portfolio, "");
        return texts;
    }

    /**
     * A copy of the portfolio with the texts at these JSON Pointers replaced; pointers that name no translatable
     * text are ignored. Records without a replaced text stay the same instances.
     */
    public static <T extends Record> T replace(T record, Map<String, String> replacements) {
        return replacements.isEmpty() ? record : replace(record, replacements, null);
    }

    /**
     * As {@link #replace(Record, Map)}, and puts every translatable text the record held, replaced or not, in
     * {@code originals} by JSON Pointer (in document order); one walk through the records does both.
     */
    @SuppressWarnings("unchecked")
    public static <T extends Record> T replace(T record, Map<String, String> replacements, Map<String, String> originals) {
        return (T) new Walk(replacements, originals).record(record, "");
    }

    /** One walk through a record and the records it holds, replacing texts and noting the originals (when wanted). */
    private record Walk(Map<String, String> replacements, Map<String, String> originals) {

        Record record(Record record, String pointer) {
            Class<?> type = record.getClass();
            RecordComponent[] components = COMPONENTS.get(type);
            Set<String> translatable = TABLE.getOrDefault(type, Set.of());
            Object[] values = new Object[components.length];
            boolean changed = false;
            for (int c = 0; c < components.length; c++) {
                Object value = value(record, c);
                values[c] = value;
                String name = components[c].getName();
                if (value instanceof String text && translatable.contains(name)) {
                    values[c] = text(text, pointer + "/" + name);
                } else if (value instanceof Record inner && holdsTranslatable(inner.getClass())) {
                    values[c] = record(inner, pointer + "/" + name);
                } else if (value instanceof List<?> list && !list.isEmpty()
                        && (translatable.contains(name) || !(list.get(0) instanceof String))) {
                    values[c] = list(list, pointer + "/" + name, translatable.contains(name));
                }
                changed |= values[c] != value;
            }
            return changed ? create(type, values) : record;
        }

        private List<?> list(List<?> list, String pointer, boolean translatable) {
            List<Object> items = new ArrayList<>(list.size());
            boolean changed = false;
            for (int i = 0; i < list.size(); i++) {
                Object item = list.get(i);
                Object newItem = item;
                if (item instanceof String text && translatable) {
                    newItem = text(text, pointer + "/" + i);
                } else if (item instanceof Record inner && holdsTranslatable(inner.getClass())) {
                    newItem = record(inner, pointer + "/" + i);
                }
                changed |= newItem != item;
                items.add(newItem);
            }
            return changed ? items : list;
        }

        private String text(String text, String pointer) {
            if (originals != null) {
                originals.put(pointer, text);
            }
            return replacements.getOrDefault(pointer, text);
        }
    }

    /** Whether records of this type hold a translatable text, themselves or in a record they hold. */
    private static boolean holdsTranslatable(Class<?> type) {
        return HOLDS.get(type);
    }

    private static final ClassValue<Boolean> HOLDS = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return holds(type, new java.util.HashSet<>());
        }

        private boolean holds(Class<?> type, Set<Class<?>> seen) {
            if (!type.isRecord() || !seen.add(type)) {
                return false;
            }
            if (TABLE.containsKey(type)) {
                return true;
            }
            for (RecordComponent component : COMPONENTS.get(type)) {
                java.lang.reflect.Type held = component.getGenericType();
                if (held instanceof java.lang.reflect.ParameterizedType list) {
                    held = list.getActualTypeArguments()[0];
                }
                if (held instanceof Class<?> inner && holds(inner, seen)) {
                    return true;
                }
            }
            return false;
        }
    };

    private static Object value(Record record, int index) {
        java.lang.reflect.Method accessor = ACCESSORS.get(record.getClass())[index];
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Could not read " + accessor, e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Could not read " + accessor, e.getCause());
        }
    }

    private static Record create(Class<?> type, Object[] values) {
        try {
            return (Record) CONSTRUCTORS.get(type).newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Could not create " + type.getName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Could not create " + type.getName(), e);
        }
    }

    /** What is wrong with this language tag ("is not a BCP 47 language tag ..."); empty when it is well-formed. */
    public static java.util.Optional<String> tagProblem(String tag) {
        return io.github.portfoliosdk.model.internal.LanguageTagValidator.problem(tag);
    }

    /** The path of a JSON Pointer as problems name it: {@code /roles/1/highlights/0} is {@code roles[1].highlights[0]}. */
    public static String path(String pointer) {
        StringBuilder path = new StringBuilder();
        for (String step : pointer.substring(1).split("/")) {
            if (!step.isEmpty() && step.chars().allMatch(Character::isDigit)) {
                path.append('[').append(step).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(step);
            }
        }
        return path.toString();
    }
}
