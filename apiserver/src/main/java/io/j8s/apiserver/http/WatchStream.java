package io.j8s.apiserver.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apiserver.registry.WatchSink;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The queue between a registry watch and the response that streams it. The registry's delivery
 * thread only enqueues, so a slow client never stalls it; a client that falls {@link #CAPACITY}
 * events behind is cut off, as Kubernetes closes unresponsive watchers. The serving (virtual)
 * thread takes events with {@link #next}. Thread-safe.
 */
final class WatchStream implements WatchSink {

    static final int CAPACITY = 1024;

    /** One event to send. */
    record Event(String type, ObjectNode object) {}

    private static final Event END = new Event("", null);

    private final BlockingQueue<Event> queue = new ArrayBlockingQueue<>(CAPACITY + 1);
    private volatile boolean closed;

    @Override
    public boolean send(String type, ObjectNode object) {
        if (closed) {
            return false;
        }
        if (queue.remainingCapacity() <= 1 || !queue.offer(new Event(type, object))) {
            close();
            return false;
        }
        return true;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            // the spare slot guarantees room for the end marker even when the queue is full
            queue.offer(END);
        }
    }

    boolean closed() {
        return closed;
    }

    /**
     * The next event, waiting at most {@code wait}; null when the stream ended or nothing came in
     * time (tell them apart with {@link #closed()}). Events queued before the end are still returned.
     */
    Event next(Duration wait) throws InterruptedException {
        Event e = queue.poll(wait.toNanos(), TimeUnit.NANOSECONDS);
        if (e == END) {
            return null;
        }
        return e;
    }
}
