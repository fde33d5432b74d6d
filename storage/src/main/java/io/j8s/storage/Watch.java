package io.j8s.storage;

/** A running watch; closing it stops its events. Idempotent. */
public interface Watch extends AutoCloseable {
    @Override
    void close();
}
