package io.j8s.storage;

/**
 * One change seen by a watch.
 *
 * @param type whether the key was written or deleted
 * @param current the key-value after a PUT; after a DELETE its value is null and its mod revision the delete's
 * @param previous the key-value before the change, null when a PUT created the key
 * @param revision the revision of the change
 */
public record WatchEvent(Type type, KeyValue current, KeyValue previous, long revision) {

    public enum Type { PUT, DELETE }

    public boolean isCreate() {
        return type == Type.PUT && previous == null;
    }
}
