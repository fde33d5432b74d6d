package io.j8s.apiserver.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Null-safe reads of the wire JSON, so printers read like the Go they mirror. */
final class Field {

    private Field() {}

    static JsonNode at(JsonNode node, String... path) {
        JsonNode n = node == null ? MissingNode.getInstance() : node;
        for (String p : path) {
            n = n.path(p);
        }
        return n;
    }

    /** The text at the path, empty when absent or null. */
    static String text(JsonNode node, String... path) {
        JsonNode n = at(node, path);
        return n.isValueNode() && !n.isNull() ? n.asText() : "";
    }

    static long number(JsonNode node, String... path) {
        return at(node, path).asLong(0);
    }

    static boolean present(JsonNode node, String... path) {
        JsonNode n = at(node, path);
        return !n.isMissingNode() && !n.isNull();
    }

    /** The elements of the array at the path, empty when absent. */
    static List<JsonNode> items(JsonNode node, String... path) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode n = at(node, path);
        if (n.isArray()) n.forEach(out::add);
        return out;
    }

    /** The string map at the path (labels, selectors), sorted by key. */
    static Map<String, String> map(JsonNode node, String... path) {
        Map<String, String> out = new TreeMap<>();
        JsonNode n = at(node, path);
        if (n.isObject()) n.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    static int size(JsonNode node, String... path) {
        JsonNode n = at(node, path);
        return n.isContainerNode() ? n.size() : 0;
    }

    static String orElse(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }
}
