package io.j8s.apiserver.registry.generic;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.storage.KeyValue;

/** A decoded object with the store version it came from, for compare-and-swap writes. */
record KeyedObject(ObjectNode object, KeyValue stored) {

    long modRevision() {
        return stored.modRevision();
    }
}
