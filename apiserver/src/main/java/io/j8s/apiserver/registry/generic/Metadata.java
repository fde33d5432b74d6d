package io.j8s.apiserver.registry.generic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads and writes {@code metadata} fields of wire JSON objects. */
final class Metadata {

    private Metadata() {}

    /** The metadata object, created when absent. */
    static ObjectNode of(ObjectNode obj) {
        JsonNode meta = obj.get("metadata");
        if (meta instanceof ObjectNode m) {
            return m;
        }
        return obj.putObject("metadata");
    }

    static String text(ObjectNode obj, String field) {
        JsonNode v = obj.path("metadata").path(field);
        return v.isTextual() ? v.asText() : null;
    }

    static String name(ObjectNode obj) {
        String n = text(obj, "name");
        return n == null ? "" : n;
    }

    static String namespace(ObjectNode obj) {
        return text(obj, "namespace");
    }

    static String uid(ObjectNode obj) {
        return text(obj, "uid");
    }

    static boolean deleting(ObjectNode obj) {
        JsonNode ts = obj.path("metadata").path("deletionTimestamp");
        return !ts.isMissingNode() && !ts.isNull();
    }

    static boolean hasFinalizers(ObjectNode obj) {
        JsonNode f = obj.path("metadata").path("finalizers");
        return f.isArray() && !f.isEmpty();
    }

    static Map<String, String> labels(ObjectNode obj) {
        Map<String, String> out = new LinkedHashMap<>();
        obj.path("metadata").path("labels").properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    /** RFC 3339 with whole seconds, as Kubernetes' {@code metav1.Time} serializes. */
    static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
