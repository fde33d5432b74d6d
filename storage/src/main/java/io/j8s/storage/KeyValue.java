package io.j8s.storage;

/**
 * One version of a key.
 *
 * @param key the key
 * @param value the value bytes; never modified after construction (do not mutate)
 * @param createRevision the revision at which the key was created
 * @param modRevision the revision of the write that produced this version
 * @param version how many times the key was written since it was created (1 after create)
 */
public record KeyValue(String key, byte[] value, long createRevision, long modRevision, long version) {}
