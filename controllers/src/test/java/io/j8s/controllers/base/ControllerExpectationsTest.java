package io.j8s.controllers.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ControllerExpectationsTest {

    final FakeClock clock = new FakeClock(Instant.parse("2026-01-01T00:00:00Z"));
    final ControllerExpectations expectations = new ControllerExpectations(clock);

    @Test
    void aKeyWithoutExpectationsIsSatisfied() {
        assertThat(expectations.satisfied("ns/rs")).isTrue();
    }

    @Test
    void creationsMustAllBeObserved() {
        expectations.expectCreations("ns/rs", 2);
        expectations.creationObserved("ns/rs");
        assertThat(expectations.satisfied("ns/rs")).isFalse();
        expectations.creationObserved("ns/rs");
        assertThat(expectations.satisfied("ns/rs")).isTrue();
    }

    @Test
    void aDeletionObservedTwiceCountsOnce() {
        expectations.expectDeletions("ns/rs", List.of("ns/p1", "ns/p2"));
        expectations.deletionObserved("ns/rs", "ns/p1");
        expectations.deletionObserved("ns/rs", "ns/p1");
        assertThat(expectations.satisfied("ns/rs")).isFalse();
        expectations.deletionObserved("ns/rs", "ns/p2");
        assertThat(expectations.satisfied("ns/rs")).isTrue();
    }

    @Test
    void expectationsExpireAfterFiveMinutes() {
        expectations.expectCreations("ns/rs", 1);
        clock.advance(Duration.ofMinutes(5));
        assertThat(expectations.satisfied("ns/rs")).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(expectations.satisfied("ns/rs")).isTrue();
    }
}
