package io.j8s.apiserver.registry.generic;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apiserver.registry.ResourceDefinition;
import io.j8s.storage.KeyValue;
import io.j8s.storage.RangeRequest;
import io.j8s.storage.RangeResult;
import io.j8s.storage.Store;
import io.j8s.storage.Watch;
import io.j8s.storage.WatchEvent;
import io.j8s.storage.WatchListener;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Kubernetes' cacher for one resource's key space, shared by every version it is served at: one
 * store watch keeps the decoded current objects and a bounded ring of recent changes, so watches
 * and {@code resourceVersion=0} lists are served from memory. Started on first use; when the store
 * watch ends, every watcher is closed (clients re-watch) and the next use starts over. Thread-safe.
 */
final class WatchCache implements WatchListener {

    /** A stored object as parsed once (storage version, never mutated) with its mod revision. */
    record Stored(ObjectNode tree, long modRevision) {}

    /**
     * One change: the object after it (null when deleted) and before it (null when created).
     */
    record Change(String key, Stored current, Stored previous, long revision) {}

    private final ResourceDefinition definition;
    private final Store store;
    private final int capacity;
    private final TreeMap<String, Stored> objects = new TreeMap<>();
    private final ArrayDeque<Change> changes = new ArrayDeque<>();
    private final List<CacheWatcher> watchers = new ArrayList<>();
    private long revision;
    /** Every change after this revision is in {@link #changes}. */
    private long oldest;
    private Watch storeWatch;
    private boolean ready;

    WatchCache(ResourceDefinition definition, Store store, int capacity) {
        this.definition = definition;
        this.store = store;
        this.capacity = capacity;
    }

    private String prefix() {
        return definition.prefix(null);
    }

    private void ensureStarted() {
        if (ready) {
            return;
        }
        objects.clear();
        changes.clear();
        RangeResult all = store.range(RangeRequest.prefix(prefix()));
        for (KeyValue kv : all.items()) {
            objects.put(kv.key(), new Stored(ObjectCodec.parse(definition, kv.value()), kv.modRevision()));
        }
        revision = all.revision();
        oldest = revision;
        // ready before the watch starts: a store may replay changes after the range on this very thread
        ready = true;
        try {
            storeWatch = store.watch(prefix(), revision, this);
        } catch (RuntimeException e) {
            ready = false;
            throw e;
        }
    }

    /**
     * Subscribes a watcher from {@code fromRevision}: with {@code initialState} it first gets every
     * current object under its prefix (as of the cache's revision: {@code resourceVersion=0} allows
     * that). A watch from a revision the cache has not reached yet skips the changes up to it. False
     * when the ring no longer holds what the watcher needs (the caller then watches the store).
     */
    synchronized boolean subscribe(CacheWatcher watcher, long fromRevision, boolean initialState) {
        try {
            ensureStarted();
        } catch (RuntimeException e) {
            return false;
        }
        if (initialState) {
            if (fromRevision > revision) {
                return false;
            }
            String from = watcher.prefix();
            for (Map.Entry<String, Stored> e : objects.tailMap(from, true).entrySet()) {
                if (!e.getKey().startsWith(from)) {
                    break;
                }
                watcher.offerInitial(e.getValue());
            }
            watcher.offerInitialEnd(revision);
        } else {
            watcher.startAfter(fromRevision);
            if (fromRevision == 0) {
                // "from now on": nothing to replay
                watchers.add(watcher);
                return true;
            }
            if (fromRevision < oldest) {
                return false;
            }
            for (Change c : changes) {
                if (c.revision() > fromRevision) {
                    watcher.offer(c);
                }
            }
        }
        watchers.add(watcher);
        return true;
    }

    synchronized void unsubscribe(CacheWatcher watcher) {
        watchers.remove(watcher);
    }

    /** Queues a bookmark at the cache's revision: every change up to it is already queued before it. */
    synchronized void bookmark(CacheWatcher watcher) {
        if (watchers.contains(watcher)) {
            watcher.offerBookmark(revision);
        }
    }

    /**
     * The current objects under a prefix at the cache's revision, which may trail the store by the
     * changes still in flight (what {@code resourceVersion=0} allows); null if the cache cannot start.
     */
    synchronized Snapshot snapshot(String prefix) {
        try {
            ensureStarted();
        } catch (RuntimeException e) {
            return null;
        }
        List<Stored> items = new ArrayList<>();
        for (Map.Entry<String, Stored> e : objects.tailMap(prefix, true).entrySet()) {
            if (!e.getKey().startsWith(prefix)) {
                break;
            }
            items.add(e.getValue());
        }
        return new Snapshot(items, revision);
    }

    record Snapshot(List<Stored> items, long revision) {}

    @Override
    public synchronized void onEvent(WatchEvent event) {
        if (!ready) {
            return;
        }
        String key = event.current() != null ? event.current().key() : event.previous().key();
        Stored previous = objects.get(key);
        Stored current = null;
        if (event.type() == WatchEvent.Type.PUT) {
            current = new Stored(ObjectCodec.parse(definition, event.current().value()), event.current().modRevision());
            objects.put(key, current);
        } else {
            objects.remove(key);
        }
        Change change = new Change(key, current, previous, event.revision());
        changes.addLast(change);
        while (changes.size() > capacity) {
            oldest = changes.removeFirst().revision();
        }
        revision = Math.max(revision, event.revision());
        for (CacheWatcher w : List.copyOf(watchers)) {
            w.offer(change);
        }
    }

    @Override
    public synchronized void onProgress(long rev) {
        if (ready && rev > revision) {
            revision = rev;
        }
    }

    @Override
    public void onClosed(Throwable cause) {
        List<CacheWatcher> ended;
        synchronized (this) {
            ready = false;
            storeWatch = null;
            ended = List.copyOf(watchers);
            watchers.clear();
        }
        // clients see their watch end and start again, from the store or a fresh cache
        ended.forEach(CacheWatcher::close);
    }

    /** Stops the store watch; watchers are closed. */
    void stop() {
        Watch w;
        synchronized (this) {
            w = storeWatch;
        }
        if (w != null) {
            w.close();
        }
        onClosed(null);
    }
}
