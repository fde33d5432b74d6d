package io.j8s.storage.etcd;

import io.etcd.jetcd.Watch.Listener;
import io.etcd.jetcd.Watch.Watcher;
import io.etcd.jetcd.watch.WatchResponse;
import io.j8s.storage.CompactedException;
import io.j8s.storage.KeyValue;
import io.j8s.storage.StoreUnavailableException;
import io.j8s.storage.Watch;
import io.j8s.storage.WatchEvent;
import io.j8s.storage.WatchListener;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;

/**
 * One etcd watch, adapted to the {@link WatchListener} contract: jetcd's callbacks are queued and
 * delivered to the listener by one virtual thread, in order, so a slow listener never stalls the
 * gRPC stream shared by all watches.
 */
final class EtcdWatch implements Watch, Listener {

    private sealed interface Signal {}

    private record Events(WatchResponse response) implements Signal {}

    private record Closed(Throwable cause) implements Signal {}

    private final WatchListener listener;
    private final LongConsumer compactedAt;
    private final LinkedBlockingQueue<Signal> queue = new LinkedBlockingQueue<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Watcher watcher;

    EtcdWatch(WatchListener listener, LongConsumer compactedAt) {
        this.listener = listener;
        this.compactedAt = compactedAt;
        Thread.ofVirtual().name("etcd-watch").start(this::deliver);
    }

    void attach(Watcher watcher) {
        this.watcher = watcher;
        if (closed.get()) {
            watcher.close();
        }
    }

    @Override
    public void onNext(WatchResponse response) {
        queue.add(new Events(response));
    }

    @Override
    public void onError(Throwable error) {
        Throwable cause = error;
        if (error instanceof io.etcd.jetcd.common.exception.CompactedException c) {
            compactedAt.accept(c.getCompactedRevision());
            cause = new CompactedException(0, c.getCompactedRevision());
        } else {
            cause = new StoreUnavailableException("etcd watch failed: " + error.getMessage(), error);
        }
        queue.add(new Closed(cause));
    }

    @Override
    public void onCompleted() {
        queue.add(new Closed(new StoreUnavailableException("etcd closed the watch")));
    }

    private void deliver() {
        try {
            while (true) {
                Signal s = queue.take();
                if (closed.get()) {
                    return;
                }
                switch (s) {
                    case Events e -> deliver(e.response());
                    case Closed c -> {
                        if (closed.compareAndSet(false, true)) {
                            listener.onClosed(c.cause());
                            closeWatcher();
                        }
                        return;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void deliver(WatchResponse response) {
        if (response.isProgressNotify()) {
            listener.onProgress(response.getHeader().getRevision());
            return;
        }
        for (io.etcd.jetcd.watch.WatchEvent e : response.getEvents()) {
            KeyValue prev = e.getPrevKV() == null || e.getPrevKV().getKey().isEmpty()
                    ? null : EtcdStore.keyValue(e.getPrevKV());
            KeyValue cur = EtcdStore.keyValue(e.getKeyValue());
            long revision = cur.modRevision();
            if (e.getEventType() == io.etcd.jetcd.watch.WatchEvent.EventType.DELETE) {
                listener.onEvent(new WatchEvent(WatchEvent.Type.DELETE,
                        new KeyValue(cur.key(), null, prev == null ? 0 : prev.createRevision(), revision, 0),
                        prev, revision));
            } else if (e.getEventType() == io.etcd.jetcd.watch.WatchEvent.EventType.PUT) {
                // etcd sends no previous value for a create; it does for an update
                listener.onEvent(new WatchEvent(WatchEvent.Type.PUT, cur, cur.version() == 1 ? null : prev, revision));
            }
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            queue.add(new Closed(null));
            closeWatcher();
        }
    }

    private void closeWatcher() {
        Watcher w = watcher;
        if (w != null) {
            w.close();
        }
    }
}
