package io.j8s.storage;

import java.util.List;

/**
 * The answer to a {@link RangeRequest}.
 *
 * @param items the matching keys in key order
 * @param revision the revision the read was served at (the store's revision when the request asked for the latest)
 * @param more whether keys beyond {@code items} match
 * @param remaining how many matching keys follow the returned ones
 */
public record RangeResult(List<KeyValue> items, long revision, boolean more, long remaining) {}
