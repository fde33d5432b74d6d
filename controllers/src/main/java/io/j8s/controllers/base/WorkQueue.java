package io.j8s.controllers.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * client-go's rate-limiting delaying work queue. A key queued twice is processed once; a key being processed
 * ({@link #get()} until {@link #done}) is never handed to a second worker; a key added while processing is
 * processed again after {@code done}. Delays run on the injected clock: {@link #poll()} lets tests drive a fake
 * clock without sleeping. Thread-safe.
 */
public final class WorkQueue {

    private record Delayed(Instant readyAt, long seq, String key) {
    }

    private final String name;
    private final Clock clock;
    private final RateLimiter rateLimiter;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<String> queue = new ArrayDeque<>();
    private final Set<String> dirty = new HashSet<>();
    private final Set<String> processing = new HashSet<>();
    private final PriorityQueue<Delayed> waiting = new PriorityQueue<>(
            (a, b) -> a.readyAt.equals(b.readyAt) ? Long.compare(a.seq, b.seq) : a.readyAt.compareTo(b.readyAt));
    private final Map<String, Instant> waitingReadyAt = new HashMap<>();
    private long seq;
    private boolean shuttingDown;

    public WorkQueue(String name, Clock clock, RateLimiter rateLimiter) {
        this.name = name;
        this.clock = clock;
        this.rateLimiter = rateLimiter;
    }

    public String name() {
        return name;
    }

    /** Queues {@code key} unless it is already queued; if it is being processed it is queued again after done. */
    public void add(String key) {
        lock.lock();
        try {
            addLocked(key);
        } finally {
            lock.unlock();
        }
    }

    private void addLocked(String key) {
        if (shuttingDown || !dirty.add(key)) {
            return;
        }
        if (!processing.contains(key)) {
            queue.addLast(key);
            changed.signal();
        }
    }

    /** Queues {@code key} once {@code delay} has passed on the clock; an earlier pending delay for it wins. */
    public void addAfter(String key, Duration delay) {
        if (delay.isZero() || delay.isNegative()) {
            add(key);
            return;
        }
        lock.lock();
        try {
            if (shuttingDown) {
                return;
            }
            Instant readyAt = clock.instant().plus(delay);
            Instant existing = waitingReadyAt.get(key);
            if (existing != null && !existing.isAfter(readyAt)) {
                return;
            }
            waitingReadyAt.put(key, readyAt);
            waiting.add(new Delayed(readyAt, seq++, key));
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Queues {@code key} after its rate limiter's delay (a failure: backoff grows). */
    public void addRateLimited(String key) {
        addAfter(key, rateLimiter.when(key));
    }

    /** Resets {@code key}'s backoff. */
    public void forget(String key) {
        rateLimiter.forget(key);
    }

    public int numRequeues(String key) {
        return rateLimiter.numRequeues(key);
    }

    /**
     * Blocks until a key is ready and marks it processing; the caller must call {@link #done}. Returns null once the
     * queue shuts down.
     */
    public String get() throws InterruptedException {
        lock.lock();
        try {
            while (true) {
                if (shuttingDown) {
                    return null;
                }
                promoteReadyLocked();
                if (!queue.isEmpty()) {
                    return takeLocked();
                }
                Delayed next = waiting.peek();
                if (next == null) {
                    changed.await();
                } else {
                    long waitNanos = Duration.between(clock.instant(), next.readyAt).toNanos();
                    // Cap so a non-system clock still makes progress when it is advanced elsewhere.
                    changed.awaitNanos(Math.max(1, Math.min(waitNanos, TimeUnit.MILLISECONDS.toNanos(100))));
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Like {@link #get()} but never blocks: returns null when no key is ready now. */
    public String poll() {
        lock.lock();
        try {
            promoteReadyLocked();
            return queue.isEmpty() || shuttingDown ? null : takeLocked();
        } finally {
            lock.unlock();
        }
    }

    private String takeLocked() {
        String key = queue.pollFirst();
        processing.add(key);
        dirty.remove(key);
        return key;
    }

    private void promoteReadyLocked() {
        Instant now = clock.instant();
        while (!waiting.isEmpty() && !waiting.peek().readyAt.isAfter(now)) {
            Delayed d = waiting.poll();
            if (d.readyAt.equals(waitingReadyAt.get(d.key))) {
                waitingReadyAt.remove(d.key);
                addLocked(d.key);
            }
        }
    }

    /** Ends processing of {@code key}; if it was added meanwhile it is queued again. */
    public void done(String key) {
        lock.lock();
        try {
            processing.remove(key);
            if (dirty.contains(key)) {
                queue.addLast(key);
                changed.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Keys ready to be processed now (not counting delayed or processing ones). */
    public int len() {
        lock.lock();
        try {
            promoteReadyLocked();
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    /** Wakes all blocked {@link #get()} calls, which return null; later adds are ignored. */
    public void shutDown() {
        lock.lock();
        try {
            shuttingDown = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
