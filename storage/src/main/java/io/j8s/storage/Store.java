package io.j8s.storage;

import java.util.Optional;

/**
 * A revisioned key-value store with etcd's semantics: every write bumps one global revision, a key
 * remembers the revisions it was created and last modified at, updates and deletes can be guarded
 * by the mod revision (compare-and-swap), reads can be served at a past revision and watches can
 * start from one, until {@link #compact compaction} drops that history.
 *
 * <p>A write returns only once it is durable. Implementations are thread-safe; every method may
 * block, so call them from virtual threads.
 */
public interface Store extends AutoCloseable {

    /** The revision of the newest write (0 for an empty store). */
    long currentRevision();

    /** The revision below which history has been compacted away (0 if never compacted). */
    long compactedRevision();

    /**
     * The key's value as of {@code revision}, or its latest value when {@code revision} is 0.
     *
     * @throws CompactedException if {@code revision} is below the compacted revision
     */
    Optional<KeyValue> get(String key, long revision);

    /**
     * Keys starting with the request's prefix, in byte order, as of one revision.
     *
     * @throws CompactedException if the requested revision is below the compacted revision
     */
    RangeResult range(RangeRequest request);

    /**
     * Writes a key that must not exist.
     *
     * @return the stored key-value, whose create and mod revision are the new revision
     * @throws KeyExistsException if the key exists
     */
    KeyValue create(String key, byte[] value);

    /**
     * Replaces the value of an existing key.
     *
     * @param expectedModRevision the mod revision the key must still have, or 0 for no condition
     * @throws KeyNotFoundException if the key does not exist
     * @throws ConflictException if the key's mod revision is not the expected one
     */
    KeyValue update(String key, byte[] value, long expectedModRevision);

    /**
     * Deletes an existing key.
     *
     * @param expectedModRevision the mod revision the key must still have, or 0 for no condition
     * @return the key-value as it was before deletion; {@link KeyValue#modRevision()} is the old one
     * @throws KeyNotFoundException if the key does not exist
     * @throws ConflictException if the key's mod revision is not the expected one
     */
    DeleteResult delete(String key, long expectedModRevision);

    /**
     * Streams every change to keys under {@code prefix} with a revision greater than
     * {@code afterRevision}, in revision order, to the listener, first the history and then live
     * changes. An {@code afterRevision} of 0 means "from now on". Events for one watch are
     * delivered on one thread at a time.
     *
     * @throws CompactedException if {@code afterRevision} is below the compacted revision
     */
    Watch watch(String prefix, long afterRevision, WatchListener listener);

    /** Drops history older than {@code revision}; the latest value of every key is kept. */
    void compact(long revision);

    /** Flushes and releases files, connections and watches. */
    @Override
    void close();
}
