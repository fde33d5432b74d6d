package io.j8s.apimachinery.patch;

import io.fabric8.kubernetes.api.model.StatusCause;
import io.fabric8.kubernetes.api.model.StatusDetailsBuilder;
import io.j8s.apimachinery.api.ApiException;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import com.fasterxml.jackson.databind.JsonNode;

/** How Kubernetes' patcher reports a patch that cannot be applied. */
final class PatchErrors {

    private PatchErrors() {}

    /**
     * A patch that parses but does not apply, as Kubernetes' {@code NewGenericServerResponse(422)}:
     * a generic message, the reason in the single cause.
     */
    static ApiException unprocessable(String why) {
        return ApiException.of(422, "Invalid", "the server rejected our request due to an error in our request",
                new StatusDetailsBuilder().withCauses(new StatusCause(null, why, null)).build());
    }

    /** A value printed as Go's {@code %v} prints decoded JSON: {@code map[a:1 b:[x y]]}. */
    static String goValue(JsonNode node) {
        if (node == null || node.isNull()) {
            return "<nil>";
        }
        if (node.isObject()) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            node.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue()));
            return sorted.entrySet().stream().map(e -> e.getKey() + ":" + goValue(e.getValue()))
                    .collect(Collectors.joining(" ", "map[", "]"));
        }
        if (node.isArray()) {
            StringBuilder s = new StringBuilder("[");
            for (int i = 0; i < node.size(); i++) {
                s.append(i == 0 ? "" : " ").append(goValue(node.get(i)));
            }
            return s.append(']').toString();
        }
        return node.asText();
    }
}
