package io.j8s.apimachinery.protobuf;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One decoded event of a protobuf watch stream: ADDED, MODIFIED, DELETED, BOOKMARK or ERROR, and its object. */
public record ProtobufWatchEvent(String type, ObjectNode object) {
}
