package io.j8s.apiserver.registry.generic;

import io.j8s.storage.DeleteResult;
import io.j8s.storage.KeyValue;
import io.j8s.storage.RangeRequest;
import io.j8s.storage.RangeResult;
import io.j8s.storage.Store;
import io.j8s.storage.Watch;
import io.j8s.storage.WatchListener;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** A store that counts the watches and ranges it is asked for. */
final class CountingStore implements Store {

    private final Store delegate;
    final AtomicInteger watches = new AtomicInteger();
    final AtomicInteger ranges = new AtomicInteger();

    CountingStore(Store delegate) {
        this.delegate = delegate;
    }

    @Override
    public long currentRevision() {
        return delegate.currentRevision();
    }

    @Override
    public long compactedRevision() {
        return delegate.compactedRevision();
    }

    @Override
    public Optional<KeyValue> get(String key, long revision) {
        return delegate.get(key, revision);
    }

    @Override
    public RangeResult range(RangeRequest request) {
        ranges.incrementAndGet();
        return delegate.range(request);
    }

    @Override
    public KeyValue create(String key, byte[] value) {
        return delegate.create(key, value);
    }

    @Override
    public KeyValue update(String key, byte[] value, long expectedModRevision) {
        return delegate.update(key, value, expectedModRevision);
    }

    @Override
    public DeleteResult delete(String key, long expectedModRevision) {
        return delegate.delete(key, expectedModRevision);
    }

    @Override
    public Watch watch(String prefix, long afterRevision, WatchListener listener) {
        watches.incrementAndGet();
        return delegate.watch(prefix, afterRevision, listener);
    }

    @Override
    public void compact(long revision) {
        delegate.compact(revision);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
