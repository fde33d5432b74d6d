package io.j8s.storage;

/**
 * The outcome of a delete.
 *
 * @param previous the key-value as it was just before deletion
 * @param revision the revision of the delete
 */
public record DeleteResult(KeyValue previous, long revision) {}
