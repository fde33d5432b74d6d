package io.j8s.storage;

/**
 * A range read over keys that start with a prefix.
 *
 * @param prefix the key prefix, for example {@code /registry/pods/default/}
 * @param startAfter only keys strictly greater than this one (a continue token's key), or null
 * @param limit at most this many keys, 0 for no limit
 * @param revision the revision to read at, 0 for the latest
 */
public record RangeRequest(String prefix, String startAfter, int limit, long revision) {

    public static RangeRequest prefix(String prefix) {
        return new RangeRequest(prefix, null, 0, 0);
    }
}
