package io.j8s.apiserver.registry.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Small steps of defaulting on JSON trees, as Kubernetes' {@code SetDefaults_*} functions take
 * them: a field is set only when absent, null or (for strings) empty, so what clients sent stays.
 */
public final class Defaulting {

    private Defaulting() {}

    /** Sets a string field when it is absent, null or empty. */
    public static void text(ObjectNode obj, String field, String value) {
        JsonNode v = obj.get(field);
        if (v == null || v.isNull() || (v.isTextual() && v.asText().isEmpty())) {
            obj.put(field, value);
        }
    }

    /** Sets a number field when it is absent or null. */
    public static void number(ObjectNode obj, String field, long value) {
        JsonNode v = obj.get(field);
        if (v == null || v.isNull()) {
            obj.put(field, value);
        }
    }

    /** Sets a boolean field when it is absent or null. */
    public static void bool(ObjectNode obj, String field, boolean value) {
        JsonNode v = obj.get(field);
        if (v == null || v.isNull()) {
            obj.put(field, value);
        }
    }

    /** The object at {@code field}, created when absent or null; null when the field holds something else. */
    public static ObjectNode object(ObjectNode obj, String field) {
        JsonNode v = obj.get(field);
        if (v == null || v.isNull()) {
            return obj.putObject(field);
        }
        return v instanceof ObjectNode o ? o : null;
    }

    /** The object at {@code field} if present, else null (nothing is created). */
    public static ObjectNode existing(JsonNode obj, String field) {
        JsonNode v = obj == null ? null : obj.get(field);
        return v instanceof ObjectNode o ? o : null;
    }

    /** The object elements of the array at {@code field}; empty when absent. */
    public static List<ObjectNode> objects(JsonNode obj, String field) {
        List<ObjectNode> out = new ArrayList<>();
        JsonNode v = obj == null ? null : obj.get(field);
        if (v != null && v.isArray()) {
            for (JsonNode e : v) {
                if (e instanceof ObjectNode o) {
                    out.add(o);
                }
            }
        }
        return out;
    }
}
