package io.j8s.controllers.job;

import java.time.Duration;

/** Kubernetes' pod-failure backoff for Jobs: 10 s, doubling per failure in a row, capped at 6 minutes. */
final class JobBackoff {

    static final Duration BASE = Duration.ofSeconds(10);
    static final Duration MAX = Duration.ofMinutes(6);

    private JobBackoff() {
    }

    /** The wait before creating a pod after {@code failuresInRow} consecutive failures (zero when none). */
    static Duration delay(int failuresInRow) {
        if (failuresInRow <= 0) {
            return Duration.ZERO;
        }
        Duration d = BASE;
        for (int i = 1; i < failuresInRow; i++) {
            d = d.multipliedBy(2);
            if (d.compareTo(MAX) >= 0) {
                return MAX;
            }
        }
        return d;
    }
}
