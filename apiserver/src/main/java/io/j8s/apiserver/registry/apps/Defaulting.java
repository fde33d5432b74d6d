package io.j8s.apiserver.registry.apps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes defaults into a wire JSON tree the way Kubernetes' defaulting functions fill nil
 * pointers: a field that is absent or JSON null gets the default, any other value is kept.
 */
public final class Defaulting {

    private Defaulting() {}

    /** The object at {@code name}, created (or put in place of a null) when missing. */
    public static ObjectNode object(ObjectNode parent, String name) {
        JsonNode child = parent.get(name);
        if (child instanceof ObjectNode object) {
            return object;
        }
        return parent.putObject(name);
    }

    /** Whether the field is absent, null, or an empty string (Go's zero value for a string type). */
    public static boolean unset(JsonNode parent, String name) {
        JsonNode child = parent.get(name);
        return child == null || child.isNull() || (child.isTextual() && child.asText().isEmpty());
    }

    public static void putIfUnset(ObjectNode parent, String name, int value) {
        if (unset(parent, name)) {
            parent.put(name, value);
        }
    }

    public static void putIfUnset(ObjectNode parent, String name, String value) {
        if (unset(parent, name)) {
            parent.put(name, value);
        }
    }

    public static void putIfUnset(ObjectNode parent, String name, boolean value) {
        if (unset(parent, name)) {
            parent.put(name, value);
        }
    }
}
