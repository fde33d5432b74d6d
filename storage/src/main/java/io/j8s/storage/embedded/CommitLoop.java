package io.j8s.storage.embedded;

import io.j8s.storage.ConflictException;
import io.j8s.storage.DeleteResult;
import io.j8s.storage.KeyExistsException;
import io.j8s.storage.KeyNotFoundException;
import io.j8s.storage.KeyValue;
import io.j8s.storage.StoreException;
import io.j8s.storage.StoreUnavailableException;
import io.j8s.storage.WatchEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that changes the store (group commit): it takes every write waiting, checks each
 * guard against the state including the writes before it, applies them, makes the whole batch
 * durable with one sync, and only then publishes the batch to readers and watches and answers
 * the callers.
 */
final class CommitLoop {

    private static final Logger LOG = LoggerFactory.getLogger(CommitLoop.class);
    private static final int MAX_BATCH = 8192;

    private final LinkedBlockingQueue<Mutation> queue = new LinkedBlockingQueue<>();
    private final MvccIndex index;
    private final Journal journal;
    private final WatchHub hub;
    private final Thread thread;
    private final ReentrantReadWriteLock admission = new ReentrantReadWriteLock();
    private volatile StoreUnavailableException stopped;

    CommitLoop(MvccIndex index, Journal journal, WatchHub hub) {
        this.index = index;
        this.journal = journal;
        this.hub = hub;
        this.thread = Thread.ofPlatform().daemon().name("j8s-store-commit").unstarted(this::run);
    }

    void start() {
        thread.start();
    }

    /**
     * Queues a write and waits until it is durable.
     *
     * @return the write's result
     * @throws StoreException the write's guard failed, or the store is closed or failed
     */
    Object execute(Mutation mutation) {
        // the read lock keeps a write from slipping into the queue after the final drain
        admission.readLock().lock();
        try {
            StoreUnavailableException down = stopped;
            if (down != null) {
                throw down;
            }
            queue.add(mutation);
        } finally {
            admission.readLock().unlock();
        }
        Object result = mutation.done().join();
        if (result instanceof StoreException e) {
            throw e;
        }
        if (result instanceof RuntimeException e) {
            throw e;
        }
        return result;
    }

    /** Makes every write queued so far durable, stops the thread and closes the journal. */
    void stop() {
        CompletableFuture<Object> done = new CompletableFuture<>();
        admission.writeLock().lock();
        try {
            if (stopped != null) {
                return;
            }
            stopped = new StoreUnavailableException("the store is closed");
            queue.add(new Mutation.Stop(done));
        } finally {
            admission.writeLock().unlock();
        }
        done.join();
        // the journal is closed (and its directory lock released) only when the thread ends
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        List<Mutation> batch = new ArrayList<>();
        List<WatchEvent> events = new ArrayList<>();
        List<Object> results = new ArrayList<>();
        boolean running = true;
        while (running) {
            batch.clear();
            results.clear();
            events = new ArrayList<>();
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                break;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            for (Mutation m : batch) {
                if (m instanceof Mutation.Stop) {
                    running = false;
                }
                results.add(running || m instanceof Mutation.Stop ? apply(m, events) : stopped);
            }
            try {
                journal.commit();
                hub.publish(index.appliedRevision(), events);
                complete(batch, results);
                journal.afterCommit(index);
            } catch (Exception e) {
                fail(batch, new StoreUnavailableException("the store's write-ahead log failed: " + e.getMessage(), e));
                running = false;
            }
        }
        closeJournal();
        failQueued();
    }

    private Object apply(Mutation mutation, List<WatchEvent> events) {
        try {
            return switch (mutation) {
                case Mutation.Create c -> create(c, events);
                case Mutation.Update u -> update(u, events);
                case Mutation.Delete d -> delete(d, events);
                case Mutation.Compact c -> compact(c);
                case Mutation.Stop s -> Boolean.TRUE;
            };
        } catch (StoreException | IllegalArgumentException e) {
            return e;
        }
    }

    private KeyValue create(Mutation.Create c, List<WatchEvent> events) {
        KeyHistory history = index.historyForWrite(c.key());
        if (MvccIndex.latestLive(history) != null) {
            throw new KeyExistsException(c.key());
        }
        long revision = index.appliedRevision() + 1;
        KeyValue created = new KeyValue(c.key(), c.value(), revision, revision, 1);
        journal.append(created);
        events.add(index.apply(history, created, null));
        return created;
    }

    private KeyValue update(Mutation.Update u, List<WatchEvent> events) {
        KeyHistory history = index.history(u.key());
        KeyValue current = guarded(u.key(), history, u.expectedModRevision());
        long revision = index.appliedRevision() + 1;
        KeyValue updated = new KeyValue(u.key(), u.value(), current.createRevision(), revision, current.version() + 1);
        journal.append(updated);
        events.add(index.apply(history, updated, current));
        return updated;
    }

    private DeleteResult delete(Mutation.Delete d, List<WatchEvent> events) {
        KeyHistory history = index.history(d.key());
        KeyValue current = guarded(d.key(), history, d.expectedModRevision());
        long revision = index.appliedRevision() + 1;
        KeyValue tombstone = new KeyValue(d.key(), null, 0, revision, 0);
        journal.append(tombstone);
        events.add(index.apply(history, tombstone, current));
        return new DeleteResult(current, revision);
    }

    private static KeyValue guarded(String key, KeyHistory history, long expectedModRevision) {
        KeyValue current = MvccIndex.latestLive(history);
        if (current == null) {
            throw new KeyNotFoundException(key);
        }
        if (expectedModRevision != 0 && current.modRevision() != expectedModRevision) {
            throw new ConflictException(key, expectedModRevision, current.modRevision());
        }
        return current;
    }

    private Object compact(Mutation.Compact c) {
        // compacting above what readers can see could drop versions they still need
        if (c.revision() > index.visibleRevision()) {
            throw new IllegalArgumentException("cannot compact at revision " + c.revision()
                    + ", a future revision (current revision " + index.visibleRevision() + ")");
        }
        if (c.revision() > index.compactedRevision()) {
            index.compact(c.revision());
            journal.appendCompaction(c.revision());
        }
        return Boolean.TRUE;
    }

    private static void complete(List<Mutation> batch, List<Object> results) {
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).done().complete(results.get(i));
        }
    }

    private void fail(List<Mutation> batch, StoreUnavailableException failure) {
        LOG.error("embedded store stopped: {}", failure.getMessage(), failure.getCause());
        stopped = failure;
        hub.closeAll(failure);
        for (Mutation m : batch) {
            m.done().complete(m instanceof Mutation.Stop ? Boolean.TRUE : failure);
        }
    }

    private void closeJournal() {
        try {
            journal.close();
        } catch (Exception e) {
            LOG.warn("closing the write-ahead log failed", e);
        }
    }

    private void failQueued() {
        admission.writeLock().lock();
        try {
            if (stopped == null) {
                stopped = new StoreUnavailableException("the store is closed");
            }
            Mutation m;
            while ((m = queue.poll()) != null) {
                m.done().complete(m instanceof Mutation.Stop ? Boolean.TRUE : stopped);
            }
        } finally {
            admission.writeLock().unlock();
        }
    }
}
