package io.j8s.storage.embedded;

import io.j8s.storage.CompactedException;
import io.j8s.storage.Watch;
import io.j8s.storage.WatchEvent;
import io.j8s.storage.WatchListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One watch: a virtual thread that replays the history after {@code afterRevision} up to the
 * revision the watch started at, then delivers live batches from an unbounded queue, so a slow
 * listener delays only itself, never the writers.
 */
final class StoreWatch implements Watch {

    private static final Logger LOG = LoggerFactory.getLogger(StoreWatch.class);
    private static final List<WatchEvent> END = List.of();

    private final String prefix;
    private final long after;
    private final long start;
    private final WatchListener listener;
    private final MvccIndex index;
    private final WatchHub hub;
    private final Duration progressInterval;
    private final LinkedBlockingQueue<List<WatchEvent>> queue = new LinkedBlockingQueue<>();
    private volatile boolean closed;
    private volatile Throwable endCause;

    StoreWatch(String prefix, long after, long start, WatchListener listener, MvccIndex index, WatchHub hub,
            Duration progressInterval) {
        this.prefix = prefix;
        this.after = after;
        this.start = start;
        this.listener = listener;
        this.index = index;
        this.hub = hub;
        this.progressInterval = progressInterval;
    }

    void start() {
        Thread.ofVirtual().name("j8s-watch " + prefix).start(this::run);
    }

    /** Queues a batch if any of its events is under this watch's prefix. */
    void offer(List<WatchEvent> batch) {
        for (WatchEvent event : batch) {
            if (event.current().key().startsWith(prefix)) {
                queue.add(batch);
                return;
            }
        }
    }

    boolean hasQueued() {
        return !queue.isEmpty();
    }

    /** Ends the watch with {@code cause} once its queued events are delivered. */
    void end(Throwable cause) {
        endCause = cause;
        queue.add(END);
    }

    @Override
    public void close() {
        closed = true;
        hub.remove(this);
        queue.add(END);
    }

    private void run() {
        try {
            replayHistory();
            deliverLive();
        } catch (CompactedException e) {
            finish(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("watch listener on {} failed; ending the watch", prefix, e);
            finish(e);
        }
    }

    private void replayHistory() {
        // every revision is one event, so a missing one can only mean compaction removed it
        for (long revision = after + 1; revision <= start && !closed; revision++) {
            WatchEvent event = index.event(revision);
            if (event == null) {
                throw new CompactedException(after, index.compactedRevision());
            }
            deliver(event);
        }
    }

    private void deliverLive() throws InterruptedException {
        long floor = Math.max(after, start);
        long reported = floor;
        while (!closed) {
            List<WatchEvent> batch = queue.poll(progressInterval.toNanos(), TimeUnit.NANOSECONDS);
            if (batch == null) {
                long progress = hub.progressOf(this);
                if (progress > reported && !closed) {
                    reported = progress;
                    listener.onProgress(progress);
                }
                continue;
            }
            if (batch == END) {
                if (!closed) {
                    finish(endCause);
                }
                return;
            }
            for (WatchEvent event : batch) {
                if (event.revision() > floor && deliver(event)) {
                    reported = Math.max(reported, event.revision());
                }
            }
        }
    }

    private boolean deliver(WatchEvent event) {
        if (!closed && event.current().key().startsWith(prefix)) {
            listener.onEvent(event);
            return true;
        }
        return false;
    }

    private void finish(Throwable cause) {
        closed = true;
        hub.remove(this);
        listener.onClosed(cause);
    }
}
