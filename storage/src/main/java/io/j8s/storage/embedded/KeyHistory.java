package io.j8s.storage.embedded;

import io.j8s.storage.KeyValue;
import java.util.Arrays;

/**
 * The retained versions of one key in revision order; a deletion is a tombstone version whose value
 * is null. Only the commit thread changes it; readers on any thread see a consistent prefix because
 * each change publishes a new immutable view through one volatile field.
 */
final class KeyHistory {

    private record Versions(KeyValue[] items, int size) {}

    private static final Versions EMPTY = new Versions(new KeyValue[0], 0);

    private volatile Versions versions = EMPTY;

    static boolean isTombstone(KeyValue version) {
        return version.value() == null;
    }

    /** Appends a newer version. Commit thread only. */
    void append(KeyValue version) {
        Versions current = versions;
        KeyValue[] items = current.items();
        if (current.size() == items.length) {
            items = Arrays.copyOf(items, Math.max(2, items.length * 2));
        }
        // readers of the previous view never look at index size, so writing it in place is safe
        items[current.size()] = version;
        versions = new Versions(items, current.size() + 1);
    }

    /** The newest version (maybe a tombstone), or null if none is retained. */
    KeyValue latest() {
        Versions v = versions;
        return v.size() == 0 ? null : v.items()[v.size() - 1];
    }

    /** The version in effect at {@code revision} (maybe a tombstone), or null if none. */
    KeyValue at(long revision) {
        Versions v = versions;
        KeyValue[] items = v.items();
        int lo = 0;
        int hi = v.size() - 1;
        KeyValue found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (items[mid].modRevision() <= revision) {
                found = items[mid];
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The live value at {@code revision}, or null when the key did not exist then. */
    KeyValue liveAt(long revision) {
        KeyValue version = at(revision);
        return version == null || isTombstone(version) ? null : version;
    }

    /** The version just before {@code version}, or null; used to rebuild watch events. */
    KeyValue before(KeyValue version) {
        return at(version.modRevision() - 1);
    }

    /** All retained versions up to {@code revision}, oldest first. */
    KeyValue[] upTo(long revision) {
        Versions v = versions;
        int n = 0;
        while (n < v.size() && v.items()[n].modRevision() <= revision) {
            n++;
        }
        return Arrays.copyOf(v.items(), n);
    }

    /**
     * Drops versions superseded at {@code revision}: keeps the one in effect then unless it is a
     * tombstone, and every later one. Commit thread only.
     *
     * @return whether no version is left, so the key can be forgotten
     */
    boolean compact(long revision) {
        Versions v = versions;
        KeyValue[] items = v.items();
        int keepFrom = 0;
        for (int i = 0; i < v.size(); i++) {
            if (items[i].modRevision() <= revision) {
                keepFrom = isTombstone(items[i]) ? i + 1 : i;
            }
        }
        if (keepFrom > 0) {
            KeyValue[] kept = Arrays.copyOfRange(items, keepFrom, Math.max(keepFrom + 2, v.size()));
            versions = new Versions(kept, v.size() - keepFrom);
        }
        return versions.size() == 0;
    }
}
