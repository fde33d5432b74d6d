package io.j8s.apiserver.registry.apps;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A bad value printed the way Go's {@code %#v} prints it in Kubernetes' field errors, so that
 * messages such as {@code Invalid value: map[string]string{"app":"web"}: ...} read exactly as a
 * kube-apiserver writes them. {@link io.j8s.apimachinery.api.FieldError} prints it with
 * {@link #toString()}.
 *
 * @param text the Go rendering
 */
public record GoValue(String text) {

    @Override
    public String toString() {
        return text;
    }

    /** A {@code map[string]string}, keys sorted as Go's fmt sorts them. */
    public static GoValue stringMap(JsonNode map) {
        return new GoValue(goStringMap(map));
    }

    /** A {@code metav1.LabelSelector} value. */
    public static GoValue labelSelector(JsonNode selector) {
        if (selector == null || selector.isMissingNode() || selector.isNull()) {
            return new GoValue("null");
        }
        JsonNode expressions = selector.path("matchExpressions");
        String exprs;
        if (!expressions.isArray() || expressions.isEmpty()) {
            exprs = "[]v1.LabelSelectorRequirement(nil)";
        } else {
            List<String> items = new ArrayList<>();
            for (JsonNode e : expressions) {
                items.add("v1.LabelSelectorRequirement{Key:" + quote(e.path("key").asText()) + ", Operator:"
                        + quote(e.path("operator").asText()) + ", Values:" + goStringSlice(e.path("values")) + "}");
            }
            exprs = "[]v1.LabelSelectorRequirement{" + String.join(", ", items) + "}";
        }
        return new GoValue("v1.LabelSelector{MatchLabels:" + goStringMap(selector.path("matchLabels"))
                + ", MatchExpressions:" + exprs + "}");
    }

    /** An {@code intstr.IntOrString} value as {@code %#v} prints it. */
    public static GoValue intOrString(JsonNode value) {
        if (value != null && value.isTextual()) {
            return new GoValue("intstr.IntOrString{Type:1, IntVal:0, StrVal:" + quote(value.asText()) + "}");
        }
        int i = value == null ? 0 : value.asInt();
        return new GoValue("intstr.IntOrString{Type:0, IntVal:" + i + ", StrVal:\"\"}");
    }

    private static String goStringMap(JsonNode map) {
        if (map == null || !map.isObject()) {
            return "map[string]string(nil)";
        }
        Map<String, String> sorted = new TreeMap<>();
        map.properties().forEach(e -> sorted.put(e.getKey(), e.getValue().asText()));
        return sorted.entrySet().stream()
                .map(e -> quote(e.getKey()) + ":" + quote(e.getValue()))
                .collect(Collectors.joining(", ", "map[string]string{", "}"));
    }

    private static String goStringSlice(JsonNode values) {
        if (values == null || !values.isArray()) {
            return "[]string(nil)";
        }
        List<String> items = new ArrayList<>();
        values.forEach(v -> items.add(quote(v.asText())));
        return "[]string{" + String.join(", ", items) + "}";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
