package io.j8s.apimachinery.protobuf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ByteString;
import com.google.protobuf.Message;
import io.kubernetes.client.proto.Runtime;
import java.io.IOException;
import java.io.UncheckedIOException;

/** JSON trees and protobuf bodies for tests. */
final class Trees {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Trees() {
    }

    /** JSON written with single quotes for readability. */
    static ObjectNode json(String singleQuoted) {
        try {
            return (ObjectNode) MAPPER.readTree(singleQuoted.replace('\'', '"'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fabric8 model object as the JSON tree it puts on the wire. */
    static ObjectNode tree(Object model) {
        return normalized(MAPPER.valueToTree(model));
    }

    /** The tree as parsing its text gives it back, so number node types compare equal. */
    static ObjectNode normalized(JsonNode node) {
        try {
            return (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsBytes(node));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A body exactly as client-go's protobuf serializer writes it: magic, then the Unknown envelope. */
    static byte[] body(String apiVersion, String kind, Message message) {
        return body(apiVersion, kind, message.toByteArray());
    }

    /** A body around raw message bytes, which may be hand-made. */
    static byte[] body(String apiVersion, String kind, byte[] raw) {
        return withMagic(Runtime.Unknown.newBuilder()
                .setTypeMeta(Runtime.TypeMeta.newBuilder().setApiVersion(apiVersion).setKind(kind))
                .setRaw(ByteString.copyFrom(raw))
                .setContentEncoding("")
                .setContentType("")
                .build());
    }

    /** The {@code k8s\0} magic before an Unknown. */
    static byte[] withMagic(Runtime.Unknown unknown) {
        byte[] bytes = unknown.toByteArray();
        byte[] out = new byte[bytes.length + 4];
        out[0] = 'k';
        out[1] = '8';
        out[2] = 's';
        System.arraycopy(bytes, 0, out, 4, bytes.length);
        return out;
    }
}
