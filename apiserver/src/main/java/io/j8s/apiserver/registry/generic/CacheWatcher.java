package io.j8s.apiserver.registry.generic;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.json.Json;
import io.j8s.apiserver.registry.RequestOptions;
import io.j8s.apiserver.registry.ResourceDefinition;
import io.j8s.apiserver.registry.WatchSink;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One client's watch served from the {@link WatchCache}, as Kubernetes' {@code cacheWatcher}: the
 * cache queues changes without blocking, and a virtual thread of this watcher filters them by the
 * selectors (an object that starts matching is ADDED, one that stops matching is DELETED), converts
 * them to the client's version and sends them. A client that falls too far behind is cut off.
 */
final class CacheWatcher implements AutoCloseable {

    /** How many changes may wait for a slow client before its watch is closed. */
    private static final int MAX_BACKLOG = 10_000;
    private static final long DEFAULT_TIMEOUT_SECONDS = 1800;

    private sealed interface Item {}

    private record Initial(WatchCache.Stored object) implements Item {}

    private record Changed(WatchCache.Change change) implements Item {}

    private record Bookmark(long revision, boolean initialEventsEnd) implements Item {}

    private record End() implements Item {}

    private final ResourceDefinition definition;
    private final RegistryContext context;
    private final ObjectCodec codec;
    private final Selection selection;
    private final RequestOptions.ListOptions options;
    private final WatchSink sink;
    private final String prefix;
    private final LinkedBlockingQueue<Item> queue = new LinkedBlockingQueue<>();
    private final List<ScheduledFuture<?>> timers = new ArrayList<>();
    private WatchCache cache;
    private int initialItems;
    private long afterRevision;
    private volatile boolean closed;

    CacheWatcher(ResourceDefinition definition, RegistryContext context, ObjectCodec codec, Selection selection,
                 RequestOptions.ListOptions options, WatchSink sink, String prefix) {
        this.definition = definition;
        this.context = context;
        this.codec = codec;
        this.selection = selection;
        this.options = options;
        this.sink = sink;
        this.prefix = prefix;
    }

    String prefix() {
        return prefix;
    }

    /**
     * Subscribes to the cache and starts sending. False when the cache cannot serve this watch
     * (its starting revision is older than the cache's history); nothing was sent then.
     */
    boolean start(WatchCache cache, long fromRevision, boolean initialState) {
        this.cache = cache;
        if (!cache.subscribe(this, fromRevision, initialState)) {
            return false;
        }
        Thread.ofVirtual().name("j8s-watch-" + definition.resource()).start(this::run);
        long timeout = options.timeoutSeconds() > 0 ? options.timeoutSeconds()
                : DEFAULT_TIMEOUT_SECONDS + context.random().nextLong(DEFAULT_TIMEOUT_SECONDS);
        synchronized (timers) {
            timers.add(context.timers().schedule(this::close, timeout, TimeUnit.SECONDS));
            if (options.allowWatchBookmarks()) {
                Duration every = context.bookmarkInterval();
                timers.add(context.timers().scheduleAtFixedRate(() -> cache.bookmark(this),
                        every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS));
            }
        }
        return true;
    }

    // ---- called by the cache, under its lock: never block ----

    void offerInitial(WatchCache.Stored object) {
        initialItems++;
        queue.add(new Initial(object));
    }

    void offerInitialEnd(long revision) {
        if (Boolean.TRUE.equals(options.sendInitialEvents())) {
            queue.add(new Bookmark(revision, true));
        }
    }

    /** Changes at or before this revision are not sent: the client has seen them. */
    void startAfter(long revision) {
        this.afterRevision = revision;
    }

    void offer(WatchCache.Change change) {
        if (closed || change.revision() <= afterRevision || !change.key().startsWith(prefix)) {
            return;
        }
        if (queue.size() > MAX_BACKLOG + initialItems) {
            // Kubernetes closes watchers that cannot keep up rather than let them hold the cache back
            queue.clear();
            closed = true;
            queue.add(new End());
            return;
        }
        queue.add(new Changed(change));
    }

    void offerBookmark(long revision) {
        if (!closed) {
            queue.add(new Bookmark(revision, false));
        }
    }

    // ---- the watcher's own thread ----

    private void run() {
        try {
            while (true) {
                Item item = queue.take();
                if (item instanceof End || !deliver(item)) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // a broken client connection or a bad object: this watch ends, the client watches again
        }
        finish();
    }

    private boolean deliver(Item item) {
        return switch (item) {
            case Initial i -> {
                ObjectNode obj = codec.fromStoredCopy(i.object().tree(), i.object().modRevision());
                yield !selection.matches(obj) || sink.send("ADDED", obj);
            }
            case Changed c -> deliverChange(c.change());
            case Bookmark b -> sink.send("BOOKMARK", bookmark(b));
            case End e -> false;
        };
    }

    private boolean deliverChange(WatchCache.Change change) {
        ObjectNode current = change.current() == null ? null
                : codec.fromStoredCopy(change.current().tree(), change.current().modRevision());
        ObjectNode previous = change.previous() == null ? null
                : codec.fromStoredCopy(change.previous().tree(), change.revision());
        boolean now = selection.matches(current);
        boolean before = selection.matches(previous);
        if (now && before) {
            return sink.send("MODIFIED", current);
        }
        if (now) {
            return sink.send("ADDED", current);
        }
        if (before) {
            // the last state the client saw, at the revision it stopped matching or was deleted
            return sink.send("DELETED", previous);
        }
        return true;
    }

    private ObjectNode bookmark(Bookmark b) {
        ObjectNode bookmark = Json.object();
        bookmark.put("kind", definition.kind());
        bookmark.put("apiVersion", definition.apiVersion());
        ObjectNode meta = bookmark.putObject("metadata");
        meta.put("resourceVersion", Long.toString(b.revision()));
        if (b.initialEventsEnd()) {
            meta.putObject("annotations").put(StoreWatcher.INITIAL_EVENTS_END, "true");
        }
        return bookmark;
    }

    private void finish() {
        closed = true;
        if (cache != null) {
            cache.unsubscribe(this);
        }
        synchronized (timers) {
            timers.forEach(t -> t.cancel(false));
        }
        sink.close();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            queue.add(new End());
        }
    }
}
