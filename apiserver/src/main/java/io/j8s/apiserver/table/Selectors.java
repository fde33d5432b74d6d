package io.j8s.apiserver.table;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Label sets and selectors as text, as {@code labels.FormatLabels}, {@code labels.Selector.String()}
 * and {@code metav1.FormatLabelSelector} print them.
 */
final class Selectors {

    private Selectors() {}

    /** {@code a=b,c=d} sorted by key, {@code <none>} when empty. */
    static String formatLabels(Map<String, String> labels) {
        if (labels.isEmpty()) return "<none>";
        return labels.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }

    /** A {@code LabelSelector} as {@code Selector.String()}: requirements sorted by key, empty for none. */
    static String selector(JsonNode labelSelector) {
        List<String[]> requirements = new ArrayList<>();
        Field.map(labelSelector, "matchLabels").forEach((k, v) -> requirements.add(new String[] {k, k + "=" + v}));
        for (JsonNode e : Field.items(labelSelector, "matchExpressions")) {
            String key = Field.text(e, "key");
            List<String> values = Field.items(e, "values").stream().map(JsonNode::asText).sorted().toList();
            String text = switch (Field.text(e, "operator")) {
                case "In" -> key + " in (" + String.join(",", values) + ")";
                case "NotIn" -> key + " notin (" + String.join(",", values) + ")";
                case "Exists" -> key;
                case "DoesNotExist" -> "!" + key;
                default -> key + " " + Field.text(e, "operator");
            };
            requirements.add(new String[] {key, text});
        }
        return requirements.stream()
                .sorted((a, b) -> a[0].compareTo(b[0]))
                .map(r -> r[1])
                .collect(Collectors.joining(","));
    }

    /** {@code metav1.FormatLabelSelector}: the selector, or {@code <none>} when it selects everything. */
    static String formatLabelSelector(JsonNode labelSelector) {
        String s = selector(labelSelector);
        return s.isEmpty() ? "<none>" : s;
    }
}
