package io.j8s.controllers.base;

import java.util.ArrayList;
import java.util.List;
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

    public ControllerLoop(Controller controller) {
        this.controller = controller;
    }

    /** Starts {@link Controller#workers()} workers. */
    public void start() {
        for (int i = 0; i < controller.workers(); i++) {
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
        try {
            controller.sync(key);
            queue.forget(key);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.info("{}: error syncing {} (retry {}): {}", controller.name(), key, queue.numRequeues(key), e.toString());
            queue.addRateLimited(key);
        } finally {
            queue.done(key);
        }
    }

    @Override
    public void close() {
        controller.queue().shutDown();
        workers.forEach(Thread::interrupt);
    }
}
