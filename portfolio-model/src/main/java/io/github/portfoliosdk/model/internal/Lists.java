package io.github.portfoliosdk.model.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The list rules of the model's records and builders: a null list is empty, a null item is refused with a message
 * naming where it would go ({@code skills[3] must not be null}) rather than a bare {@link NullPointerException}.
 */
public final class Lists {

    private Lists() {
    }

    /**
     * An immutable copy of {@code items}; empty when null.
     *
     * @param name the list's name, for the message
     * @throws NullPointerException naming the index of the first null item
     */
    public static <T> List<T> copy(List<T> items, String name) {
        if (items == null) {
            return List.of();
        }
        requireItems(items, name);
        return List.copyOf(items);
    }

    /**
     * Adds {@code item} to a builder's list.
     *
     * @throws NullPointerException naming the index {@code item} would have had
     */
    public static <T> void add(ArrayList<T> target, T item, String name) {
        if (item == null) {
            throw new NullPointerException(name + "[" + target.size() + "] must not be null");
        }
        target.add(item);
    }

    /**
     * Replaces a builder's list with {@code items}; leaves it unchanged when refused.
     *
     * @throws NullPointerException when {@code items} is null, or naming the index of its first null item
     */
    public static <T> void replace(ArrayList<T> target, List<T> items, String name) {
        if (items == null) {
            throw new NullPointerException(name + " must not be null (an empty list clears it)");
        }
        requireItems(items, name);
        target.clear();
        target.addAll(items);
    }

    private static void requireItems(List<?> items, String name) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                throw new NullPointerException(name + "[" + i + "] must not be null");
            }
        }
    }
}
