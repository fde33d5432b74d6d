package io.j8s.controllers.base;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a controller's workers on virtual threads: each takes a key, syncs it, forgets its backoff on success or
 * requeues it rate-limited on failure, then marks it done (client-go's {@code processNextWorkItem}).
 */
public final class ControllerLoop implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ControllerLoop.class);

    private final Controller controller;
    private final List<Thread> workers = new ArrayList<>();
    private final LongAdder syncs = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final LongAdder busyNanos = new LongAdder();

    /** Counters of one loop since it started: syncs, failed syncs, and time spent in sync summed over workers. */
    public record Stats(long syncs, long errors, Duration busy) {
    }

    private final int workerCount;

    /** A loop with the controller's own {@link Controller#workers()}. */
    public ControllerLoop(Controller controller) {
        this(controller, controller.workers());
    }

    /** A loop with {@code workers} workers (kube-controller-manager's --concurrent-*-syncs). */
    public ControllerLoop(Controller controller, int workers) {
        this.controller = controller;
        this.workerCount = workers;
    }

    /** Starts the workers. */
    public void start() {
        for (int i = 0; i < workerCount; i++) {
            workers.add(Thread.ofVirtual().name(controller.name() + "-worker-" + i).start(this::work));
        }
    }

    private void work() {
        WorkQueue queue = controller.queue();
        while (true) {
            String key;
            try {
                key = queue.get();
            } catch (InterruptedException e) {
                return;
            }
            if (key == null) {
                return;
            }
            processOne(key);
        }
    }

    /** Syncs one key with the retry bookkeeping a worker does; public so tests can step a controller. */
    public void processOne(String key) {
        WorkQueue queue = controller.queue();
        long start = System.nanoTime();
        try {
            controller.sync(key);
            queue.forget(key);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            errors.increment();
            LOG.info("{}: error syncing {} (retry {}): {}", controller.name(), key, queue.numRequeues(key), e.toString());
            queue.addRateLimited(key);
        } finally {
            syncs.increment();
            busyNanos.add(System.nanoTime() - start);
            queue.done(key);
        }
    }

    public Controller controller() {
        return controller;
    }

    public Stats stats() {
        return new Stats(syncs.sum(), errors.sum(), Duration.ofNanos(busyNanos.sum()));
    }

    @Override
    public void close() {
        controller.queue().shutDown();
        workers.forEach(Thread::interrupt);
    }
}
