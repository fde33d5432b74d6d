package io.j8s.apiserver.registry.generic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.ApiException;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.json.Json;
import io.j8s.apiserver.registry.ResourceDefinition;
import java.util.ArrayList;
import java.util.List;

/** The {@code scale} subresource: an autoscaling/v1 Scale view of a workload's replicas. */
final class ScaleSubresource {

    private ScaleSubresource() {}

    static ObjectNode toScale(ResourceDefinition def, ObjectNode obj) {
        ObjectNode scale = Json.object();
        scale.put("kind", "Scale");
        scale.put("apiVersion", "autoscaling/v1");
        ObjectNode meta = scale.putObject("metadata");
        for (String f : List.of("name", "namespace", "uid", "resourceVersion", "creationTimestamp")) {
            JsonNode v = obj.path("metadata").get(f);
            if (v != null) {
                meta.set(f, v.deepCopy());
            }
        }
        JsonNode replicas = obj.path("spec").path("replicas");
        scale.putObject("spec").put("replicas", replicas.isNumber() ? replicas.asInt() : 1);
        ObjectNode status = scale.putObject("status");
        status.put("replicas", obj.path("status").path("replicas").asInt(0));
        String selector = selector(def, obj.path("spec").path("selector"));
        if (!selector.isEmpty()) {
            status.put("selector", selector);
        }
        return scale;
    }

    /** The workload with the Scale's replicas; the Scale's resourceVersion is a precondition. */
    static ObjectNode applyScale(ObjectNode current, ObjectNode scale) {
        JsonNode replicas = scale.path("spec").path("replicas");
        String name = current.path("metadata").path("name").asText();
        if (!replicas.isMissingNode() && !replicas.isNull() && (!replicas.canConvertToInt() || replicas.asInt() < 0)) {
            throw ApiException.invalid("Scale", "autoscaling", name,
                    List.of(FieldError.invalid("spec.replicas", replicas.asLong(), "must be greater than or equal to 0")));
        }
        ObjectNode next = current.deepCopy();
        next.withObjectProperty("spec").put("replicas", replicas.isNumber() ? replicas.asInt() : 0);
        JsonNode rv = scale.path("metadata").path("resourceVersion");
        if (rv.isTextual() && !rv.asText().isEmpty()) {
            Metadata.of(next).put("resourceVersion", rv.asText());
        } else {
            Metadata.of(next).remove("resourceVersion");
        }
        return next;
    }

    /** A label selector as a string: {@code a=b,c in (d,e)}; replication controllers have a plain map. */
    static String selector(ResourceDefinition def, JsonNode selector) {
        if (selector.isMissingNode() || selector.isNull()) {
            return "";
        }
        List<String> terms = new ArrayList<>();
        JsonNode matchLabels = def.resource().equals("replicationcontrollers") ? selector : selector.path("matchLabels");
        matchLabels.properties().forEach(e -> terms.add(e.getKey() + "=" + e.getValue().asText()));
        for (JsonNode expr : selector.path("matchExpressions")) {
            String key = expr.path("key").asText();
            List<String> values = new ArrayList<>();
            expr.path("values").forEach(v -> values.add(v.asText()));
            java.util.Collections.sort(values);
            switch (expr.path("operator").asText()) {
                case "In" -> terms.add(key + " in (" + String.join(",", values) + ")");
                case "NotIn" -> terms.add(key + " notin (" + String.join(",", values) + ")");
                case "Exists" -> terms.add(key);
                case "DoesNotExist" -> terms.add("!" + key);
                default -> { }
            }
        }
        java.util.Collections.sort(terms);
        return String.join(",", terms);
    }
}
