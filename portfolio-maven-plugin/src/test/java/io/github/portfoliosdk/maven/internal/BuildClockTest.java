package io.github.portfoliosdk.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BuildClockTest {

    @Test
    void anIsoTimestampFixesNow() {
        assertThat(BuildClock.of("2026-11-25T12:00:00Z").instant()).isEqualTo(Instant.parse("2026-11-25T12:00:00Z"));
        assertThat(BuildClock.of("2026-11-25T14:00:00+02:00").instant()).isEqualTo(Instant.parse("2026-11-25T12:00:00Z"));
    }

    @Test
    void secondsSince1970FixNow() {
        assertThat(BuildClock.of("1795608000").instant()).isEqualTo(Instant.parse("2026-11-25T12:00:00Z"));
    }

    @Test
    void noTimestampOrMavensOneCharacterOffSwitchMeansTheCurrentTime() {
        assertThat(BuildClock.of(null)).isEqualTo(Clock.systemUTC());
        assertThat(BuildClock.of("a")).isEqualTo(Clock.systemUTC());
    }

    @Test
    void anythingElseIsRefusedWithTheValue() {
        assertThatThrownBy(() -> BuildClock.of("last tuesday")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'last tuesday'");
    }
}
