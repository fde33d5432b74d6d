package io.j8s.storage.embedded;

import io.j8s.storage.CompactedException;
import io.j8s.storage.ConflictException;
import io.j8s.storage.DeleteResult;
import io.j8s.storage.KeyExistsException;
import io.j8s.storage.KeyNotFoundException;
import io.j8s.storage.KeyValue;
import io.j8s.storage.WatchEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The obvious, slow model of a revisioned store for property tests: a full copy of the key space
 * after every revision. Keys are ASCII, so {@link TreeMap} order is byte order.
 */
final class StoreModel {

    private final List<TreeMap<String, KeyValue>> states = new ArrayList<>(List.of(new TreeMap<>()));
    private long compacted;

    long revision() {
        return states.size() - 1;
    }

    long compacted() {
        return compacted;
    }

    KeyValue latest(String key) {
        return states.getLast().get(key);
    }

    KeyValue create(String key, byte[] value) {
        if (latest(key) != null) {
            throw new KeyExistsException(key);
        }
        long rev = revision() + 1;
        return write(new KeyValue(key, value, rev, rev, 1));
    }

    KeyValue update(String key, byte[] value, long expected) {
        KeyValue current = guarded(key, expected);
        return write(new KeyValue(key, value, current.createRevision(), revision() + 1, current.version() + 1));
    }

    DeleteResult delete(String key, long expected) {
        KeyValue current = guarded(key, expected);
        TreeMap<String, KeyValue> next = new TreeMap<>(states.getLast());
        next.remove(key);
        states.add(next);
        return new DeleteResult(current, revision());
    }

    private KeyValue guarded(String key, long expected) {
        KeyValue current = latest(key);
        if (current == null) {
            throw new KeyNotFoundException(key);
        }
        if (expected != 0 && expected != current.modRevision()) {
            throw new ConflictException(key, expected, current.modRevision());
        }
        return current;
    }

    private KeyValue write(KeyValue kv) {
        TreeMap<String, KeyValue> next = new TreeMap<>(states.getLast());
        next.put(kv.key(), kv);
        states.add(next);
        return kv;
    }

    /** The key space at {@code revision} (0 for the latest). */
    TreeMap<String, KeyValue> at(long revision) {
        long at = revision == 0 ? revision() : revision;
        if (at < compacted) {
            throw new CompactedException(at, compacted);
        }
        return states.get((int) at);
    }

    void compact(long revision) {
        compacted = Math.max(compacted, revision);
    }

    /** The events a watch after {@code after} must see, in order. */
    List<WatchEvent> eventsAfter(long after) {
        List<WatchEvent> events = new ArrayList<>();
        for (long r = after + 1; r <= revision(); r++) {
            Map<String, KeyValue> before = states.get((int) r - 1);
            Map<String, KeyValue> now = states.get((int) r);
            for (String key : union(before, now)) {
                KeyValue was = before.get(key);
                KeyValue is = now.get(key);
                if (is != null && is != was) {
                    events.add(new WatchEvent(WatchEvent.Type.PUT, is, was, r));
                } else if (is == null && was != null) {
                    events.add(new WatchEvent(WatchEvent.Type.DELETE, new KeyValue(key, null, 0, r, 0), was, r));
                }
            }
        }
        return events;
    }

    private static List<String> union(Map<String, KeyValue> a, Map<String, KeyValue> b) {
        TreeMap<String, Boolean> keys = new TreeMap<>();
        a.keySet().forEach(k -> keys.put(k, true));
        b.keySet().forEach(k -> keys.put(k, true));
        return List.copyOf(keys.keySet());
    }
}
