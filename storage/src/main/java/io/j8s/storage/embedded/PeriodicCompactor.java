package io.j8s.storage.embedded;

import io.j8s.storage.Store;
import io.j8s.storage.StoreException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compacts a store every interval to the revision it had one interval earlier, as the Kubernetes
 * API server's compactor does for etcd (every 5 minutes by default), so history and memory stay
 * bounded while watches may still resume from any revision of the last interval.
 */
final class PeriodicCompactor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PeriodicCompactor.class);

    private final Store store;
    private final ScheduledExecutorService timer;
    private long seenAtLastRun;

    PeriodicCompactor(Store store, Duration interval) {
        this.store = store;
        this.timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("j8s-store-compactor").factory());
        long millis = Math.max(1, interval.toMillis());
        timer.scheduleWithFixedDelay(this::run, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void run() {
        long target = seenAtLastRun;
        seenAtLastRun = store.currentRevision();
        if (target > store.compactedRevision()) {
            try {
                store.compact(target);
            } catch (StoreException e) {
                LOG.debug("periodic compaction at revision {} skipped: {}", target, e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
