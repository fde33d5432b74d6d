package io.j8s.apiserver.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.json.Json;
import io.j8s.apiserver.registry.ResourceDefinition;

/** Encodes a response object in a negotiated {@link ResponseFormat}, converting it first if asked. Thread-safe. */
final class ResponseEncoder {

    private final ProtobufCodec protobuf;
    private final ObjectConverter converter;

    ResponseEncoder(ProtobufCodec protobuf, ObjectConverter converter) {
        this.protobuf = protobuf;
        this.converter = converter;
    }

    boolean conversionsAvailable() {
        return converter.available();
    }

    boolean protobufSupports(ObjectNode obj) {
        return protobuf.supports(obj.path("apiVersion").asText(), obj.path("kind").asText());
    }

    /** The object as the client asked to see it: itself, its Table, or its metadata. */
    ObjectNode convert(ObjectNode obj, ResponseFormat format, ResourceDefinition definition, String includeObject) {
        return switch (format.conversion()) {
            case NONE -> obj;
            case TABLE -> converter.table(definition, obj, format.conversionVersion(), includeObject, true);
            case PARTIAL_OBJECT_METADATA -> converter.partialObjectMetadata(obj, format.conversionVersion());
            case PARTIAL_OBJECT_METADATA_LIST -> converter.partialObjectMetadataList(obj, format.conversionVersion());
        };
    }

    /** The Table of an object; watch events after the first leave the column definitions out. */
    ObjectNode table(ResourceDefinition definition, ObjectNode obj, String version, String includeObject, boolean withColumns) {
        return converter.table(definition, obj, version, includeObject, withColumns);
    }

    /** The bytes of an (already converted) object. */
    byte[] serialize(ObjectNode obj, ResponseFormat.Serialization serialization) {
        return switch (serialization) {
            case JSON -> Json.write(obj);
            case YAML -> Json.writeYaml(obj);
            case PROTOBUF -> protobuf.encode(obj);
        };
    }

    /** One watch event as a WebSocket message: the JSON WatchEvent, without a line end. */
    byte[] watchMessage(String type, ObjectNode obj) {
        ObjectNode event = Json.object();
        event.put("type", type);
        event.set("object", obj);
        return Json.write(event);
    }

    /** One watch event frame: a JSON line, a YAML document, or a length-prefixed protobuf message. */
    byte[] watchFrame(String type, ObjectNode obj, ResponseFormat.Serialization serialization) {
        if (serialization == ResponseFormat.Serialization.PROTOBUF) {
            return protobuf.encodeWatchEvent(type, obj);
        }
        ObjectNode event = Json.object();
        event.put("type", type);
        event.set("object", obj);
        if (serialization == ResponseFormat.Serialization.YAML) {
            byte[] doc = Json.writeYaml(event);
            byte[] framed = new byte[doc.length + 4];
            System.arraycopy("---\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, framed, 0, 4);
            System.arraycopy(doc, 0, framed, 4, doc.length);
            return framed;
        }
        byte[] json = Json.write(event);
        byte[] line = new byte[json.length + 1];
        System.arraycopy(json, 0, line, 0, json.length);
        line[json.length] = '\n';
        return line;
    }
}
