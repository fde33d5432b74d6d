package io.j8s.storage;

/** Receives a watch's events; called on one thread at a time per watch. */
public interface WatchListener {

    void onEvent(WatchEvent event);

    /**
     * The store has seen everything up to {@code revision} and nothing more for this watch: a
     * progress notification, used for bookmarks. Optional.
     */
    default void onProgress(long revision) {}

    /**
     * The watch ended on its own: the history it needed was compacted ({@link CompactedException})
     * or the store failed or closed. No event follows.
     */
    default void onClosed(Throwable cause) {}
}
