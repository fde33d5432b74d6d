package io.j8s.controllers.base;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Decides how long a failing key waits before it is retried, as client-go's {@code workqueue.RateLimiter}. */
public interface RateLimiter {

    /** The delay before {@code key} may be processed again; counts as one more failure of that key. */
    Duration when(String key);

    /** Clears the key's failure history (after a successful sync). */
    void forget(String key);

    /** How many times {@link #when} was called for {@code key} since it was last forgotten. */
    int numRequeues(String key);

    /**
     * client-go's {@code DefaultControllerRateLimiter}: the larger of a per-item exponential backoff (5ms doubling up
     * to 1000s) and an overall token bucket (10 per second, burst 100).
     */
    static RateLimiter defaultControllerRateLimiter(Clock clock) {
        return new MaxOf(List.of(
                new ItemExponential(Duration.ofMillis(5), Duration.ofSeconds(1000)),
                new TokenBucket(clock, 10, 100)));
    }

    /** Per-key exponential backoff: {@code base * 2^failures}, capped at {@code max}. Thread-safe. */
    final class ItemExponential implements RateLimiter {
        private final Duration base;
        private final Duration max;
        private final Map<String, Integer> failures = new HashMap<>();

        public ItemExponential(Duration base, Duration max) {
            this.base = base;
            this.max = max;
        }

        @Override
        public synchronized Duration when(String key) {
            int exp = failures.merge(key, 1, Integer::sum) - 1;
            if (exp >= 62) {
                return max;
            }
            double nanos = base.toNanos() * Math.pow(2, exp);
            return nanos >= max.toNanos() ? max : Duration.ofNanos((long) nanos);
        }

        @Override
        public synchronized void forget(String key) {
            failures.remove(key);
        }

        @Override
        public synchronized int numRequeues(String key) {
            return failures.getOrDefault(key, 0);
        }
    }

    /** An overall token bucket shared by all keys: each call reserves a token and waits for it. Thread-safe. */
    final class TokenBucket implements RateLimiter {
        private final Clock clock;
        private final double perSecond;
        private final double burst;
        private double tokens;
        private long lastNanos;

        public TokenBucket(Clock clock, double perSecond, int burst) {
            this.clock = clock;
            this.perSecond = perSecond;
            this.burst = burst;
            this.tokens = burst;
            this.lastNanos = nanos();
        }

        private long nanos() {
            var now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public synchronized Duration when(String key) {
            long now = nanos();
            tokens = Math.min(burst, tokens + (now - lastNanos) / 1e9 * perSecond);
            lastNanos = now;
            tokens -= 1;
            return tokens >= 0 ? Duration.ZERO : Duration.ofNanos((long) (-tokens / perSecond * 1e9));
        }

        @Override
        public void forget(String key) {
        }

        @Override
        public int numRequeues(String key) {
            return 0;
        }
    }

    /** The largest delay of several limiters. */
    record MaxOf(List<RateLimiter> limiters) implements RateLimiter {
        @Override
        public Duration when(String key) {
            Duration max = Duration.ZERO;
            for (RateLimiter l : limiters) {
                Duration d = l.when(key);
                if (d.compareTo(max) > 0) {
                    max = d;
                }
            }
            return max;
        }

        @Override
        public void forget(String key) {
            limiters.forEach(l -> l.forget(key));
        }

        @Override
        public int numRequeues(String key) {
            return limiters.stream().mapToInt(l -> l.numRequeues(key)).max().orElse(0);
        }
    }
}
