package io.j8s.apiserver.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.ApiException;

/**
 * The protobuf wire format ({@code application/vnd.kubernetes.protobuf}) as the HTTP layer uses
 * it. Implementations are thread-safe.
 */
interface ProtobufCodec {

    /** A codec for servers without protobuf: nothing is encodable, every body is a 415. */
    ProtobufCodec NONE = new ProtobufCodec() {
        @Override
        public boolean supports(String apiVersion, String kind) {
            return false;
        }

        @Override
        public byte[] encode(ObjectNode obj) {
            throw ApiException.notAcceptable("protobuf is not served");
        }

        @Override
        public ObjectNode decode(byte[] body) {
            throw ApiException.unsupportedMediaType(ResponseFormat.PROTOBUF);
        }

        @Override
        public byte[] encodeWatchEvent(String type, ObjectNode obj) {
            throw ApiException.notAcceptable("protobuf is not served");
        }
    };

    /** Whether objects of this kind (lists included) have a protobuf message. */
    boolean supports(String apiVersion, String kind);

    /** The {@code k8s\0}-enveloped bytes of an object. */
    byte[] encode(ObjectNode obj);

    /** The object of a {@code k8s\0}-enveloped body; malformed input is a 400. */
    ObjectNode decode(byte[] body);

    /** One length-prefixed frame of a protobuf watch stream. */
    byte[] encodeWatchEvent(String type, ObjectNode obj);
}
