package io.j8s.storage.embedded;

import io.j8s.storage.WatchEvent;
import java.util.Arrays;

/**
 * The watch event of every retained revision, indexed by revision: every write takes exactly one
 * revision, so the events form a dense sequence kept in fixed-size chunks. Only the commit thread
 * writes; readers ask only for revisions at or below the visible one, whose volatile publication
 * happens after the events were stored, so plain array reads see them.
 */
final class EventLog {

    private static final int CHUNK_BITS = 12;
    private static final int CHUNK = 1 << CHUNK_BITS;

    /** Chunk {@code i} holds revisions {@code base + i * CHUNK ...}; {@code base} is chunk-aligned. */
    private record Chunks(long base, WatchEvent[][] chunks) {}

    private volatile Chunks view = new Chunks(0, new WatchEvent[0][]);

    /** Prepares an empty log to hold revisions from {@code revision} on, stored in any order. */
    void startAt(long revision) {
        if (view.chunks().length == 0) {
            view = new Chunks(revision & -CHUNK, new WatchEvent[][] {new WatchEvent[CHUNK]});
        }
    }

    /** Stores the event of its revision. Commit thread only. */
    void put(WatchEvent event) {
        long revision = event.revision();
        Chunks v = view;
        if (v.chunks().length == 0) {
            v = new Chunks(revision & -CHUNK, new WatchEvent[0][]);
        }
        if (revision < v.base()) {
            return; // older than anything retained: compacted already
        }
        int chunk = (int) ((revision - v.base()) >>> CHUNK_BITS);
        if (chunk >= v.chunks().length) {
            WatchEvent[][] grown = Arrays.copyOf(v.chunks(), Math.max(chunk + 1, v.chunks().length * 2));
            for (int i = v.chunks().length; i < grown.length; i++) {
                grown[i] = new WatchEvent[CHUNK];
            }
            v = new Chunks(v.base(), grown);
        }
        v.chunks()[chunk][(int) (revision - v.base()) & (CHUNK - 1)] = event;
        view = v;
    }

    /** The event of {@code revision}, or null if it is not retained (compacted, or not yet written). */
    WatchEvent get(long revision) {
        Chunks v = view;
        if (revision < v.base()) {
            return null;
        }
        long chunk = (revision - v.base()) >>> CHUNK_BITS;
        if (chunk >= v.chunks().length) {
            return null;
        }
        return v.chunks()[(int) chunk][(int) (revision - v.base()) & (CHUNK - 1)];
    }

    /** Forgets the events of revisions up to {@code revision}. Commit thread only. */
    void dropThrough(long revision) {
        Chunks v = view;
        if (v.chunks().length == 0 || revision < v.base()) {
            return;
        }
        int whole = (int) Math.min(v.chunks().length, (revision + 1 - v.base()) >>> CHUNK_BITS);
        WatchEvent[][] kept = Arrays.copyOfRange(v.chunks(), whole, Math.max(whole, v.chunks().length));
        Chunks next = new Chunks(v.base() + ((long) whole << CHUNK_BITS), kept);
        if (kept.length > 0 && revision >= next.base()) {
            Arrays.fill(kept[0], 0, (int) (revision - next.base()) + 1, null);
        }
        view = next;
    }
}
