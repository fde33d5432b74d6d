package io.j8s.apiserver.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.protobuf.KubernetesProtobuf;

/** {@link ProtobufCodec} over apimachinery's {@link KubernetesProtobuf}. Thread-safe. */
final class KubernetesProtobufCodec implements ProtobufCodec {

    private final KubernetesProtobuf protobuf;

    KubernetesProtobufCodec(KubernetesProtobuf protobuf) {
        this.protobuf = protobuf;
    }

    @Override
    public boolean supports(String apiVersion, String kind) {
        return protobuf.supports(apiVersion, kind);
    }

    @Override
    public byte[] encode(ObjectNode obj) {
        return protobuf.encode(obj);
    }

    @Override
    public ObjectNode decode(byte[] body) {
        return protobuf.decode(body);
    }

    @Override
    public byte[] encodeWatchEvent(String type, ObjectNode obj) {
        return protobuf.encodeWatchEvent(type, obj);
    }
}
