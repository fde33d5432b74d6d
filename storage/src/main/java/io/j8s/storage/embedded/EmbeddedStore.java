package io.j8s.storage.embedded;

import io.j8s.storage.CompactedException;
import io.j8s.storage.DeleteResult;
import io.j8s.storage.KeyValue;
import io.j8s.storage.RangeRequest;
import io.j8s.storage.RangeResult;
import io.j8s.storage.Store;
import io.j8s.storage.StoreUnavailableException;
import io.j8s.storage.Watch;
import io.j8s.storage.WatchListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * j8s's own etcd for one node: an MVCC index in memory, made durable by a write-ahead log with group
 * commit and snapshots ({@link #open}), or kept in memory only ({@link #inMemory}) for tests.
 * Thread-safe; writes return once durable; reads never block writes.
 */
public final class EmbeddedStore implements Store {

    /**
     * Knobs of a store.
     *
     * @param segmentBytes the size past which the log starts a new segment (and may take a snapshot)
     * @param progressInterval how long a watch stays idle before it gets a progress notification
     * @param compactionInterval how often history older than one interval is compacted away, as the
     *     Kubernetes API server does every 5 minutes; {@link Duration#ZERO} to compact only on request
     */
    public record Options(long segmentBytes, Duration progressInterval, Duration compactionInterval) {

        public static final Options DEFAULTS = new Options(64L << 20, Duration.ofSeconds(5), Duration.ofMinutes(5));

        public Options {
            if (segmentBytes < 1024) {
                throw new IllegalArgumentException("segmentBytes must be at least 1 KiB: " + segmentBytes);
            }
            Objects.requireNonNull(progressInterval, "progressInterval");
            Objects.requireNonNull(compactionInterval, "compactionInterval");
        }

        /** Options without periodic compaction. */
        public Options(long segmentBytes, Duration progressInterval) {
            this(segmentBytes, progressInterval, Duration.ZERO);
        }
    }

    private final MvccIndex index;
    private final WatchHub hub;
    private final CommitLoop commits;
    private final PeriodicCompactor compactor;

    private EmbeddedStore(MvccIndex index, Journal journal, Options options) {
        this.index = index;
        this.hub = new WatchHub(index, options.progressInterval());
        this.commits = new CommitLoop(index, journal, hub);
        commits.start();
        boolean periodic = options.compactionInterval().isPositive();
        this.compactor = periodic ? new PeriodicCompactor(this, options.compactionInterval()) : null;
    }

    /** A store that keeps nothing on disk, for tests and throw-away clusters; compacts every 5 minutes. */
    public static EmbeddedStore inMemory() {
        return inMemory(Options.DEFAULTS);
    }

    /** A store that keeps nothing on disk, with these options ({@code segmentBytes} is unused). */
    public static EmbeddedStore inMemory(Options options) {
        return new EmbeddedStore(new MvccIndex(), new Journal.None(), options);
    }

    /**
     * Opens (or creates) a durable store in {@code dataDir}, recovering its snapshot and log, with
     * 64 MiB log segments and compaction every 5 minutes.
     */
    public static EmbeddedStore open(Path dataDir) {
        return open(dataDir, Options.DEFAULTS);
    }

    /**
     * Opens (or creates) a durable store in {@code dataDir} with these options.
     *
     * @throws StoreUnavailableException if the directory cannot be used or is locked by another store
     */
    public static EmbeddedStore open(Path dataDir, Options options) {
        MvccIndex index = new MvccIndex();
        try {
            WriteAheadLog log = WriteAheadLog.recover(dataDir, options.segmentBytes(), index);
            return new EmbeddedStore(index, log, options);
        } catch (IOException | UncheckedIOException e) {
            throw new StoreUnavailableException("cannot open the store in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public long currentRevision() {
        return index.visibleRevision();
    }

    @Override
    public long compactedRevision() {
        return index.compactedRevision();
    }

    @Override
    public Optional<KeyValue> get(String key, long revision) {
        return Optional.ofNullable(index.get(key, revision));
    }

    @Override
    public RangeResult range(RangeRequest request) {
        return index.range(request);
    }

    @Override
    public KeyValue create(String key, byte[] value) {
        checkKey(key);
        Objects.requireNonNull(value, "value");
        return (KeyValue) commits.execute(new Mutation.Create(key, value, new CompletableFuture<>()));
    }

    @Override
    public KeyValue update(String key, byte[] value, long expectedModRevision) {
        checkKey(key);
        Objects.requireNonNull(value, "value");
        return (KeyValue) commits.execute(new Mutation.Update(key, value, expectedModRevision, new CompletableFuture<>()));
    }

    @Override
    public DeleteResult delete(String key, long expectedModRevision) {
        checkKey(key);
        return (DeleteResult) commits.execute(new Mutation.Delete(key, expectedModRevision, new CompletableFuture<>()));
    }

    @Override
    public Watch watch(String prefix, long afterRevision, WatchListener listener) {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(listener, "listener");
        long compacted = index.compactedRevision();
        if (afterRevision > 0 && afterRevision < compacted) {
            throw new CompactedException(afterRevision, compacted);
        }
        return hub.register(prefix, afterRevision, listener);
    }

    @Override
    public void compact(long revision) {
        commits.execute(new Mutation.Compact(revision, new CompletableFuture<>()));
    }

    @Override
    public void close() {
        if (compactor != null) {
            compactor.close();
        }
        commits.stop();
        hub.closeAll(new StoreUnavailableException("the store is closed"));
    }

    private static void checkKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("a key must not be empty");
        }
    }
}
