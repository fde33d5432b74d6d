package io.j8s.apiserver.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Conversion between the version a client speaks and the version objects are stored in. Most
 * resources are stored as served, so only {@code apiVersion} changes; a few kinds are served at two
 * versions or groups and converted field by field: {@code events.k8s.io/v1} Events are stored as
 * core {@code v1} Events (as Kubernetes keeps both in one key space), and autoscaling/v1 HPAs as
 * autoscaling/v2. The methods may change and return the object passed in.
 */
public final class Conversions {

    private Conversions() {}

    /** How one served version converts to and from its storage version. */
    private record Conversion(UnaryOperator<ObjectNode> toStorage, UnaryOperator<ObjectNode> fromStorage) {}

    /** Keyed by {@code group/version/resource} of the served version. */
    private static final Map<String, Conversion> CONVERSIONS = Map.of(
            "events.k8s.io/v1/events", new Conversion(EventConversion::toCore, EventConversion::toEventsV1),
            "autoscaling/v1/horizontalpodautoscalers", new Conversion(
                    io.j8s.apiserver.registry.autoscaling.horizontalpodautoscaler.AutoscalingV1Conversion::toV2,
                    io.j8s.apiserver.registry.autoscaling.horizontalpodautoscaler.AutoscalingV1Conversion::toV1)
    );

    /** The object as stored, from the object in {@code def}'s version. */
    public static ObjectNode toStorage(ResourceDefinition def, ObjectNode obj) {
        Conversion c = CONVERSIONS.get(key(def));
        if (c != null) {
            return c.toStorage().apply(obj);
        }
        return withApiVersion(obj, storageApiVersion(def));
    }

    /** The object in {@code def}'s version, from the stored object. */
    public static ObjectNode fromStorage(ResourceDefinition def, ObjectNode stored) {
        Conversion c = CONVERSIONS.get(key(def));
        if (c != null) {
            return c.fromStorage().apply(stored);
        }
        return withApiVersion(stored, def.apiVersion());
    }

    /** The apiVersion of stored objects of {@code def}: core {@code v1} for events of both groups. */
    public static String storageApiVersion(ResourceDefinition def) {
        if (CONVERSIONS.containsKey(key(def)) && def.group().equals("events.k8s.io")) {
            return "v1";
        }
        return def.group().isEmpty() ? def.storageVersion() : def.group() + "/" + def.storageVersion();
    }

    private static String key(ResourceDefinition def) {
        return def.group() + "/" + def.version() + "/" + def.resource();
    }

    private static ObjectNode withApiVersion(ObjectNode obj, String apiVersion) {
        JsonNode current = obj.get("apiVersion");
        if (current == null || !current.asText().equals(apiVersion)) {
            obj.put("apiVersion", apiVersion);
        }
        return obj;
    }
}
