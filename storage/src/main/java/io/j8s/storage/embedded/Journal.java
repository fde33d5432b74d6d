package io.j8s.storage.embedded;

import io.j8s.storage.KeyValue;
import java.io.IOException;

/**
 * Where the commit thread makes writes durable. Records are appended to a pending batch, then
 * {@link #commit} writes and syncs the batch at once (group commit). Used by the commit thread only.
 */
interface Journal extends AutoCloseable {

    /** Adds a write (a version, or a tombstone for a delete) to the pending batch. */
    void append(KeyValue version);

    /** Adds a compaction to the pending batch. */
    void appendCompaction(long revision);

    /** Makes the pending batch durable; on return every appended record survives a crash. */
    void commit() throws IOException;

    /** Called after each durable batch: a chance to roll the log and take a snapshot of {@code index}. */
    default void afterCommit(MvccIndex index) throws IOException {}

    @Override
    void close() throws IOException;

    /** The journal of an in-memory store: nothing is kept. */
    final class None implements Journal {
        @Override
        public void append(KeyValue version) {}

        @Override
        public void appendCompaction(long revision) {}

        @Override
        public void commit() {}

        @Override
        public void close() {}
    }
}
