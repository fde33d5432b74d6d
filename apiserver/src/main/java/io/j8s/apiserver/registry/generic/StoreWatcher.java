package io.j8s.apiserver.registry.generic;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.ApiException;
import io.j8s.apimachinery.json.Json;
import io.j8s.apiserver.registry.RequestOptions;
import io.j8s.apiserver.registry.ResourceDefinition;
import io.j8s.apiserver.registry.WatchSink;
import io.j8s.storage.CompactedException;
import io.j8s.storage.KeyValue;
import io.j8s.storage.RangeRequest;
import io.j8s.storage.RangeResult;
import io.j8s.storage.Watch;
import io.j8s.storage.WatchEvent;
import io.j8s.storage.WatchListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One client's watch over the store, as Kubernetes' cache watcher words it: the current state as
 * ADDED events first when the watch starts at "now", then every change filtered by the selectors
 * (an object that starts matching is ADDED, one that stops matching is DELETED), bookmarks when
 * asked, and a 410 Expired ERROR event when the starting revision was compacted. Sink calls are
 * serialized on this object.
 */
final class StoreWatcher implements WatchListener, AutoCloseable {

    static final String INITIAL_EVENTS_END = "k8s.io/initial-events-end";
    private static final long DEFAULT_TIMEOUT_SECONDS = 1800;

    private final ResourceDefinition definition;
    private final RegistryContext context;
    private final ObjectCodec codec;
    private final Selection selection;
    private final RequestOptions.ListOptions options;
    private final WatchSink sink;
    private final List<ScheduledFuture<?>> timers = new ArrayList<>();
    private Watch storeWatch;
    private long lastRevision;
    private boolean closed;

    StoreWatcher(ResourceDefinition definition, RegistryContext context, ObjectCodec codec, Selection selection,
                 RequestOptions.ListOptions options, WatchSink sink) {
        this.definition = definition;
        this.context = context;
        this.codec = codec;
        this.selection = selection;
        this.options = options;
        this.sink = sink;
    }

    /** Sends the initial events (if any) and subscribes to the store. */
    void start(String namespace) {
        String prefix = definition.prefix(namespace);
        String rvParam = options.resourceVersion();
        long rv = ResourceVersions.parse(rvParam);
        boolean initialEvents = options.sendInitialEvents() != null ? options.sendInitialEvents() : rv == 0;
        if (Boolean.TRUE.equals(options.sendInitialEvents()) && !options.allowWatchBookmarks()) {
            throw ApiException.invalid("ListOptions", "meta.k8s.io", "",
                    List.of(io.j8s.apimachinery.api.FieldError.forbidden("allowWatchBookmarks",
                            "sendInitialEvents requires setting allowWatchBookmarks to true")));
        }
        long from = rv;
        synchronized (this) {
            if (initialEvents) {
                from = sendInitialState(prefix, rv);
                lastRevision = from;
                if (Boolean.TRUE.equals(options.sendInitialEvents())) {
                    sendBookmark(true);
                }
            } else if (rv == 0) {
                from = context.store().currentRevision();
            }
            lastRevision = Math.max(lastRevision, from);
            if (closed) {
                return;
            }
            try {
                storeWatch = context.store().watch(prefix, from, this);
            } catch (CompactedException e) {
                fail(ResourceVersions.watchTooOld(rv, e.compacted()));
                return;
            }
            long timeout = options.timeoutSeconds() > 0 ? options.timeoutSeconds() : defaultTimeout();
            // the shared timer thread only starts the work: a slow client must not hold up other watches
            timers.add(context.timers().schedule(() -> Thread.startVirtualThread(this::close), timeout, TimeUnit.SECONDS));
            if (options.allowWatchBookmarks()) {
                Duration every = context.bookmarkInterval();
                timers.add(context.timers().scheduleAtFixedRate(() -> Thread.startVirtualThread(this::periodicBookmark),
                        every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS));
            }
        }
    }

    /** Kubernetes spreads watch timeouts over [min-request-timeout, 2x) so clients do not reconnect in step. */
    private long defaultTimeout() {
        return DEFAULT_TIMEOUT_SECONDS + context.random().nextLong(DEFAULT_TIMEOUT_SECONDS);
    }

    private long sendInitialState(String prefix, long rv) {
        long revision = 0;
        String after = null;
        while (true) {
            RangeResult page = context.store().range(new RangeRequest(prefix, after, 500, revision));
            revision = page.revision();
            for (KeyValue kv : page.items()) {
                ObjectNode obj = codec.decode(kv);
                if (selection.matches(obj) && !send("ADDED", obj)) {
                    return revision;
                }
                after = kv.key();
            }
            if (!page.more() || page.items().isEmpty()) {
                return Math.max(revision, rv);
            }
        }
    }

    @Override
    public void onEvent(WatchEvent event) {
        ObjectNode current = null;
        ObjectNode previous = null;
        if (event.type() == WatchEvent.Type.PUT) {
            current = codec.decode(event.current());
        }
        if (event.previous() != null && event.previous().value() != null) {
            // a deleted object is reported as it was, with the revision of its deletion
            previous = codec.decode(event.previous().value(),
                    event.type() == WatchEvent.Type.DELETE ? event.revision() : event.previous().modRevision());
        }
        boolean now = selection.matches(current);
        boolean before = selection.matches(previous);
        synchronized (this) {
            lastRevision = Math.max(lastRevision, event.revision());
            if (now && before) {
                send("MODIFIED", current);
            } else if (now) {
                send("ADDED", current);
            } else if (before) {
                if (current != null) {
                    Metadata.of(previous).put("resourceVersion", Long.toString(event.revision()));
                }
                send("DELETED", previous);
            }
        }
    }

    @Override
    public void onProgress(long revision) {
        synchronized (this) {
            lastRevision = Math.max(lastRevision, revision);
        }
    }

    @Override
    public void onClosed(Throwable cause) {
        if (cause instanceof CompactedException c) {
            fail(ResourceVersions.watchTooOld(c.requested(), c.compacted()));
        } else if (cause != null) {
            fail(ApiException.internal("watch of " + definition.resource() + " ended: " + cause.getMessage()));
        } else {
            close();
        }
    }

    private void periodicBookmark() {
        synchronized (this) {
            if (!closed) {
                sendBookmark(false);
            }
        }
    }

    private void sendBookmark(boolean initialEventsEnd) {
        ObjectNode bookmark = Json.object();
        bookmark.put("kind", definition.kind());
        bookmark.put("apiVersion", definition.apiVersion());
        ObjectNode meta = bookmark.putObject("metadata");
        meta.put("resourceVersion", Long.toString(lastRevision));
        if (initialEventsEnd) {
            meta.putObject("annotations").put(INITIAL_EVENTS_END, "true");
        }
        send("BOOKMARK", bookmark);
    }

    private synchronized boolean send(String type, ObjectNode obj) {
        if (closed) {
            return false;
        }
        boolean ok;
        try {
            ok = sink.send(type, obj);
        } catch (RuntimeException e) {
            ok = false;
        }
        if (!ok) {
            close();
        }
        return ok;
    }

    private void fail(ApiException error) {
        synchronized (this) {
            if (closed) {
                return;
            }
            try {
                sink.send("ERROR", Json.toTree(error.status()));
            } catch (RuntimeException ignored) {
                // the client is gone; closing is all that is left
            }
        }
        close();
    }

    @Override
    public void close() {
        Watch w;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            w = storeWatch;
            timers.forEach(t -> t.cancel(false));
        }
        if (w != null) {
            w.close();
        }
        sink.close();
    }
}
