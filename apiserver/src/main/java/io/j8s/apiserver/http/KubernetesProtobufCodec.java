package io.j8s.apiserver.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.protobuf.KubernetesProtobuf;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * {@link ProtobufCodec} over apimachinery's {@link KubernetesProtobuf}, built on the first protobuf
 * request: building it loads every generated message descriptor (about half a second), which a
 * server whose clients speak JSON never needs to pay at start-up. Thread-safe.
 */
final class KubernetesProtobufCodec implements ProtobufCodec {

    private final Supplier<KubernetesProtobuf> factory;
    private final ReentrantLock building = new ReentrantLock();
    private volatile KubernetesProtobuf protobuf;

    KubernetesProtobufCodec(Supplier<KubernetesProtobuf> factory) {
        this.factory = factory;
    }

    private KubernetesProtobuf protobuf() {
        KubernetesProtobuf built = protobuf;
        if (built != null) {
            return built;
        }
        building.lock();
        try {
            if (protobuf == null) {
                protobuf = factory.get();
            }
            return protobuf;
        } finally {
            building.unlock();
        }
    }

    @Override
    public boolean supports(String apiVersion, String kind) {
        return protobuf().supports(apiVersion, kind);
    }

    @Override
    public byte[] encode(ObjectNode obj) {
        return protobuf().encode(obj);
    }

    @Override
    public ObjectNode decode(byte[] body) {
        return protobuf().decode(body);
    }

    @Override
    public byte[] encodeWatchEvent(String type, ObjectNode obj) {
        return protobuf().encodeWatchEvent(type, obj);
    }
}
