package io.j8s.apiserver.registry;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Where a watch's events go: the HTTP layer encodes each as a {@code WatchEvent} frame. */
public interface WatchSink {

    /**
     * One event. {@code type} is ADDED, MODIFIED, DELETED, BOOKMARK or ERROR; for ERROR the object
     * is a Status. Returns false when the client is gone and the watch should stop.
     */
    boolean send(String type, ObjectNode object);

    /** The watch ended (timeout, error or close); the HTTP layer ends the response. */
    void close();
}
