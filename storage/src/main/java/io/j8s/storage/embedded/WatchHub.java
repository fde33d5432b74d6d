package io.j8s.storage.embedded;

import io.j8s.storage.WatchEvent;
import io.j8s.storage.WatchListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Hands each durable batch of events to the running watches. Publishing a batch (making its
 * revision visible) and registering a watch (choosing where its history ends) happen under one
 * lock, so every event reaches a watch exactly once: through its history or through its queue.
 */
final class WatchHub {

    private final ReentrantLock lock = new ReentrantLock();
    private final CopyOnWriteArrayList<StoreWatch> watches = new CopyOnWriteArrayList<>();
    private final MvccIndex index;
    private final Duration progressInterval;
    private Throwable closedBy;

    WatchHub(MvccIndex index, Duration progressInterval) {
        this.index = index;
        this.progressInterval = progressInterval;
    }

    /** Makes {@code revision} visible and queues the batch's events for every watch. */
    void publish(long revision, List<WatchEvent> batch) {
        lock.lock();
        try {
            index.publish(revision);
            if (!batch.isEmpty()) {
                for (StoreWatch watch : watches) {
                    watch.offer(batch);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Starts a watch whose history ends at the visible revision and whose live events follow it. */
    StoreWatch register(String prefix, long afterRevision, WatchListener listener) {
        lock.lock();
        try {
            long start = index.visibleRevision();
            StoreWatch watch = new StoreWatch(prefix, afterRevision == 0 ? start : afterRevision, start, listener,
                    index, this, progressInterval);
            if (closedBy != null) {
                watch.end(closedBy);
            } else {
                watches.add(watch);
            }
            watch.start();
            return watch;
        } finally {
            lock.unlock();
        }
    }

    /** The visible revision if {@code watch} has nothing queued, else -1: a safe progress notification. */
    long progressOf(StoreWatch watch) {
        lock.lock();
        try {
            return watch.hasQueued() ? -1 : index.visibleRevision();
        } finally {
            lock.unlock();
        }
    }

    void remove(StoreWatch watch) {
        watches.remove(watch);
    }

    /** Ends every watch with {@code cause} after its queued events; later watches end at once. */
    void closeAll(Throwable cause) {
        lock.lock();
        try {
            closedBy = cause;
            for (StoreWatch watch : watches) {
                watch.end(cause);
            }
            watches.clear();
        } finally {
            lock.unlock();
        }
    }
}
