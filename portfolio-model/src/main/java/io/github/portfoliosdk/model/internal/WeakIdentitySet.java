package io.github.portfoliosdk.model.internal;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A thread-safe set of objects compared by identity and held weakly: an object in it can still be garbage
 * collected, and then leaves the set. What {@link io.github.portfoliosdk.model.PortfolioValidator} remembers the
 * portfolios it found valid with: a look-up is one hash-map probe, and nothing is kept alive by it.
 *
 * @param <T> the type of the members
 */
public final class WeakIdentitySet<T> {

    private final ConcurrentHashMap<Key, Boolean> members = new ConcurrentHashMap<>();
    private final ReferenceQueue<Object> collected = new ReferenceQueue<>();

    /** Whether this very object is in the set. */
    public boolean contains(T member) {
        return members.containsKey(new Key(Objects.requireNonNull(member, "member"), null));
    }

    /** Adds this object, and drops what was collected since the last call. */
    public void add(T member) {
        for (Object gone = collected.poll(); gone != null; gone = collected.poll()) {
            members.remove(gone);
        }
        members.putIfAbsent(new Key(Objects.requireNonNull(member, "member"), collected), Boolean.TRUE);
    }

    /** How many members are held (collected ones not yet dropped included): for tests. */
    public int size() {
        return members.size();
    }

    /** A weak reference equal to another one to the same object; once cleared, equal only to itself. */
    private static final class Key extends WeakReference<Object> {
        private final int hash;

        Key(Object referent, ReferenceQueue<Object> queue) {
            super(referent, queue);
            this.hash = System.identityHashCode(referent);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (other == this) {
                return true;
            }
            Object referent = get();
            return referent != null && other instanceof Key key && key.get() == referent;
        }
    }
}
