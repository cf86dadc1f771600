package io.github.portfoliosdk.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeakIdentitySetTest {

    @Test
    void membersAreKnownByIdentityNotByEquality() {
        WeakIdentitySet<List<String>> set = new WeakIdentitySet<>();
        List<String> member = new ArrayList<>(List.of("a"));
        set.add(member);
        assertThat(set.contains(member)).isTrue();
        assertThat(set.contains(new ArrayList<>(List.of("a")))).isFalse();
        set.add(member);
        assertThat(set.size()).isEqualTo(1);
    }

    @Test
    void aMemberThatIsCollectedLeavesTheSetAndIsNotKeptAlive() throws InterruptedException {
        WeakIdentitySet<Object> set = new WeakIdentitySet<>();
        Object member = new Object();
        set.add(member);
        WeakReference<Object> probe = new WeakReference<>(member);
        member = null;
        for (int i = 0; i < 100 && probe.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertThat(probe.get()).as("the set kept its member alive").isNull();
        Object survivor = new Object();
        set.add(survivor);
        for (int i = 0; i < 100 && set.size() > 1; i++) {
            Thread.sleep(10); // the JVM enqueues a cleared reference shortly after clearing it
            set.add(survivor);
        }
        assertThat(set.size()).isEqualTo(1);
        assertThat(set.contains(survivor)).isTrue();
    }
}
