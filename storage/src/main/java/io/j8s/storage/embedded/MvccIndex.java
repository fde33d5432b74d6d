package io.j8s.storage.embedded;

import io.j8s.storage.CompactedException;
import io.j8s.storage.KeyValue;
import io.j8s.storage.RangeRequest;
import io.j8s.storage.RangeResult;
import io.j8s.storage.WatchEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The multi-version state: every key's retained versions and, for watches, the event of every
 * retained revision. Only the commit thread writes; it may apply versions beyond the visible
 * revision, which readers never see because they read at or below {@link #visibleRevision()}: a
 * write becomes visible only once it is durable.
 */
final class MvccIndex {

    // the same histories twice: hashed for point reads and writes, ordered for ranges; a key enters
    // the ordered map once, when first written, so updates never pay for a skip-list walk
    private final ConcurrentHashMap<String, KeyHistory> byKey = new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<String, KeyHistory> keys = new ConcurrentSkipListMap<>(new KeyOrder());
    private final EventLog events = new EventLog();
    private volatile long visibleRevision;
    private volatile long compactedRevision;
    private long appliedRevision;

    long visibleRevision() {
        return visibleRevision;
    }

    long compactedRevision() {
        return compactedRevision;
    }

    /** The revision of the newest applied (perhaps not yet durable) write. Commit thread only. */
    long appliedRevision() {
        return appliedRevision;
    }

    /** Makes every applied revision up to {@code revision} visible to readers. */
    void publish(long revision) {
        visibleRevision = revision;
    }

    /** The newest version of a key, durable or not, or null if it does not exist. Commit thread only. */
    KeyValue latestLive(String key) {
        return latestLive(byKey.get(key));
    }

    static KeyValue latestLive(KeyHistory history) {
        if (history == null) {
            return null;
        }
        KeyValue latest = history.latest();
        return latest == null || KeyHistory.isTombstone(latest) ? null : latest;
    }

    /** The history of a key, or null if none is retained. */
    KeyHistory history(String key) {
        return byKey.get(key);
    }

    /** The history of a key, created empty if none is retained. Commit thread only. */
    KeyHistory historyForWrite(String key) {
        KeyHistory history = byKey.get(key);
        if (history == null) {
            history = new KeyHistory();
            byKey.put(key, history);
            keys.put(key, history);
        }
        return history;
    }

    /** Applies one write: a version, or a tombstone to delete. Commit thread only. */
    WatchEvent apply(KeyValue version, KeyValue previous) {
        return apply(historyForWrite(version.key()), version, previous);
    }

    /** Applies one write to the key's history, found by the caller. Commit thread only. */
    WatchEvent apply(KeyHistory history, KeyValue version, KeyValue previous) {
        history.append(version);
        WatchEvent event = KeyHistory.isTombstone(version)
                ? new WatchEvent(WatchEvent.Type.DELETE, version, previous, version.modRevision())
                : new WatchEvent(WatchEvent.Type.PUT, version, previous, version.modRevision());
        events.put(event);
        appliedRevision = version.modRevision();
        return event;
    }

    /** Drops history older than {@code revision}. Commit thread only. */
    void compact(long revision) {
        if (revision <= compactedRevision) {
            return;
        }
        // raised first so that a reader racing with the drop detects it on its second check
        compactedRevision = revision;
        events.dropThrough(revision);
        keys.entrySet().removeIf(entry -> {
            boolean empty = entry.getValue().compact(revision);
            if (empty) {
                byKey.remove(entry.getKey());
            }
            return empty;
        });
    }

    /** Sets the revisions a snapshot was taken at, before its histories are restored. */
    void restoreRevisions(long revision, long compacted) {
        appliedRevision = revision;
        compactedRevision = compacted;
    }

    KeyValue get(String key, long revision) {
        long at = readRevision(revision);
        KeyHistory history = byKey.get(key);
        KeyValue found = history == null ? null : history.liveAt(at);
        checkNotCompacted(at);
        return found;
    }

    RangeResult range(RangeRequest request) {
        long at = readRevision(request.revision());
        String prefix = request.prefix();
        NavigableMap<String, KeyHistory> from =
                request.startAfter() != null && keys.comparator().compare(request.startAfter(), prefix) >= 0
                        ? keys.tailMap(request.startAfter(), false)
                        : keys.tailMap(prefix, true);
        int limit = request.limit() > 0 ? request.limit() : Integer.MAX_VALUE;
        List<KeyValue> items = new ArrayList<>(Math.min(limit, 64));
        long remaining = 0;
        for (Map.Entry<String, KeyHistory> entry : from.entrySet()) {
            if (!entry.getKey().startsWith(prefix)) {
                break;
            }
            KeyValue kv = entry.getValue().liveAt(at);
            if (kv == null) {
                continue;
            }
            if (items.size() < limit) {
                items.add(kv);
            } else {
                remaining++;
            }
        }
        checkNotCompacted(at);
        return new RangeResult(List.copyOf(items), at, remaining > 0, remaining);
    }

    /** The event of a visible revision, or null if compaction removed it. */
    WatchEvent event(long revision) {
        return events.get(revision);
    }

    /** Every key's versions up to {@code revision}, in key order, for a snapshot. */
    Iterable<KeyValue[]> histories(long revision) {
        return () -> keys.values().stream().map(h -> h.upTo(revision)).filter(v -> v.length > 0).iterator();
    }

    /** Rebuilds a key's history from a snapshot; the events are rebuilt by {@link #rebuildEvents}. */
    void restore(KeyValue[] versions) {
        KeyHistory history = historyForWrite(versions[0].key());
        for (KeyValue v : versions) {
            history.append(v);
            appliedRevision = Math.max(appliedRevision, v.modRevision());
        }
    }

    /** Recreates the watch events above the compacted revision from the restored histories. */
    void rebuildEvents() {
        events.startAt(compactedRevision + 1);
        for (KeyHistory history : keys.values()) {
            for (KeyValue v : history.upTo(Long.MAX_VALUE)) {
                if (v.modRevision() > compactedRevision) {
                    KeyValue before = history.before(v);
                    KeyValue previous = before == null || KeyHistory.isTombstone(before) ? null : before;
                    WatchEvent.Type type = KeyHistory.isTombstone(v) ? WatchEvent.Type.DELETE : WatchEvent.Type.PUT;
                    events.put(new WatchEvent(type, v, previous, v.modRevision()));
                }
            }
        }
        visibleRevision = appliedRevision;
    }

    private long readRevision(long requested) {
        long visible = visibleRevision;
        long at = requested <= 0 ? visible : Math.min(requested, visible);
        checkNotCompacted(at);
        return at;
    }

    private void checkNotCompacted(long revision) {
        long compacted = compactedRevision;
        if (revision < compacted) {
            throw new CompactedException(revision, compacted);
        }
    }
}
