package io.j8s.apiserver.registry.generic;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.ApiException;
import io.j8s.apimachinery.json.Json;
import io.j8s.apiserver.registry.Conversions;
import io.j8s.apiserver.registry.ResourceDefinition;
import io.j8s.storage.KeyValue;
import java.io.IOException;

/**
 * Turns objects of one served version into store values (JSON in the storage version, without
 * {@code resourceVersion}) and back (with {@code resourceVersion} from the store's mod revision).
 */
final class ObjectCodec {

    /** etcd's default request limit, which Kubernetes relies on. */
    static final int MAX_OBJECT_BYTES = 1_572_864;

    private final ResourceDefinition definition;

    ObjectCodec(ResourceDefinition definition) {
        this.definition = definition;
    }

    byte[] encode(ObjectNode obj) {
        ObjectNode copy = obj.deepCopy();
        Metadata.of(copy).remove("resourceVersion");
        byte[] bytes = Json.write(Conversions.toStorage(definition, copy));
        if (bytes.length > MAX_OBJECT_BYTES) {
            throw ApiException.tooLarge("Request entity too large: the object is " + bytes.length
                    + " bytes, the limit of the storage is " + MAX_OBJECT_BYTES + " bytes");
        }
        return bytes;
    }

    ObjectNode decode(KeyValue kv) {
        return decode(kv.value(), kv.modRevision());
    }

    ObjectNode decode(byte[] value, long revision) {
        return fromStored(parse(definition, value), revision);
    }

    /** The object in this codec's version from a parsed stored tree, which is left unchanged. */
    ObjectNode fromStoredCopy(ObjectNode stored, long revision) {
        return fromStored(stored.deepCopy(), revision);
    }

    private ObjectNode fromStored(ObjectNode stored, long revision) {
        ObjectNode obj = Conversions.fromStorage(definition, stored);
        Metadata.of(obj).put("resourceVersion", Long.toString(revision));
        return obj;
    }

    /** The stored JSON tree of a value, in the storage version. */
    static ObjectNode parse(ResourceDefinition definition, byte[] value) {
        try {
            return (ObjectNode) Json.mapper().readTree(value);
        } catch (IOException | ClassCastException e) {
            throw ApiException.internal("stored object of " + definition.resource() + " is not a JSON object: " + e.getMessage());
        }
    }
}
