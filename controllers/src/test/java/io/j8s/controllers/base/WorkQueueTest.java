package io.j8s.controllers.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WorkQueueTest {

    final FakeClock clock = new FakeClock(Instant.parse("2026-01-01T00:00:00Z"));
    final WorkQueue queue = new WorkQueue("test", clock, RateLimiter.defaultControllerRateLimiter(clock));

    @Test
    void aKeyQueuedTwiceIsProcessedOnce() {
        queue.add("ns/a");
        queue.add("ns/a");
        queue.add("ns/b");
        assertThat(queue.len()).isEqualTo(2);
        assertThat(queue.poll()).isEqualTo("ns/a");
        assertThat(queue.poll()).isEqualTo("ns/b");
        assertThat(queue.poll()).isNull();
    }

    @Test
    void aKeyBeingProcessedIsNotHandedOutAgainUntilDoneThenIsProcessedAgain() {
        queue.add("ns/a");
        assertThat(queue.poll()).isEqualTo("ns/a");
        queue.add("ns/a");
        assertThat(queue.poll()).as("still processing").isNull();
        queue.done("ns/a");
        assertThat(queue.poll()).isEqualTo("ns/a");
        queue.done("ns/a");
        assertThat(queue.poll()).isNull();
    }

    @Test
    void addAfterWaitsForTheClock() {
        queue.addAfter("ns/a", Duration.ofSeconds(10));
        assertThat(queue.poll()).isNull();
        clock.advance(Duration.ofSeconds(9));
        assertThat(queue.poll()).isNull();
        clock.advance(Duration.ofSeconds(1));
        assertThat(queue.poll()).isEqualTo("ns/a");
    }

    @Test
    void theEarlierOfTwoDelaysWins() {
        queue.addAfter("ns/a", Duration.ofSeconds(10));
        queue.addAfter("ns/a", Duration.ofSeconds(2));
        clock.advance(Duration.ofSeconds(2));
        assertThat(queue.poll()).isEqualTo("ns/a");
        queue.done("ns/a");
        clock.advance(Duration.ofSeconds(10));
        assertThat(queue.poll()).as("the later delay was superseded").isNull();
    }

    @Test
    void failuresBackOffExponentiallyFromFiveMillisecondsAndForgetResets() {
        for (int i = 0; i < 4; i++) {
            queue.addRateLimited("ns/a");
            assertThat(queue.poll()).isNull();
            clock.advance(Duration.ofMillis(5L << i).minusNanos(1));
            assertThat(queue.poll()).isNull();
            clock.advance(Duration.ofNanos(1));
            assertThat(queue.poll()).isEqualTo("ns/a");
            queue.done("ns/a");
        }
        assertThat(queue.numRequeues("ns/a")).isEqualTo(4);
        queue.forget("ns/a");
        assertThat(queue.numRequeues("ns/a")).isZero();
    }

    @Test
    void perItemBackoffIsCappedAtOneThousandSeconds() {
        var limiter = new RateLimiter.ItemExponential(Duration.ofMillis(5), Duration.ofSeconds(1000));
        Duration last = Duration.ZERO;
        for (int i = 0; i < 100; i++) {
            last = limiter.when("k");
        }
        assertThat(last).isEqualTo(Duration.ofSeconds(1000));
    }

    @Test
    void theOverallBucketAllowsABurstOfOneHundredThenTenPerSecond() {
        var bucket = new RateLimiter.TokenBucket(clock, 10, 100);
        for (int i = 0; i < 100; i++) {
            assertThat(bucket.when("k" + i)).isZero();
        }
        assertThat(bucket.when("x")).isEqualTo(Duration.ofMillis(100));
        assertThat(bucket.when("y")).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void shutDownReleasesBlockedWorkers() throws Exception {
        Thread worker = Thread.ofVirtual().start(() -> {
            try {
                assertThat(queue.get()).isNull();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        });
        queue.shutDown();
        worker.join(Duration.ofSeconds(10));
        assertThat(worker.isAlive()).isFalse();
    }
}
