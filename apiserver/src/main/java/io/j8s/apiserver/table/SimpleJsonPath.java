package io.j8s.apiserver.table;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The simple JSONPath subset CRD printer columns allow: {@code .a.b}, {@code .a[0].b},
 * {@code .a[*].b} and {@code .a['b.c']}, optionally wrapped in braces. Immutable.
 */
final class SimpleJsonPath {

    private final List<String> steps;

    SimpleJsonPath(String path) {
        this.steps = parse(path);
    }

    /** The values the path selects, in document order; empty when nothing matches. */
    List<JsonNode> find(JsonNode root) {
        List<JsonNode> current = List.of(root);
        for (String step : steps) {
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode node : current) {
                if (step.equals("*")) {
                    node.forEach(next::add);
                } else if (step.startsWith("#")) {
                    int index = Integer.parseInt(step.substring(1));
                    JsonNode n = node.path(index < 0 ? node.size() + index : index);
                    if (!n.isMissingNode()) next.add(n);
                } else {
                    JsonNode n = node.path(step);
                    if (!n.isMissingNode()) next.add(n);
                }
            }
            current = next;
        }
        return current;
    }

    private static List<String> parse(String path) {
        String p = path.strip();
        if (p.startsWith("{") && p.endsWith("}")) p = p.substring(1, p.length() - 1);
        if (p.startsWith("$")) p = p.substring(1);
        List<String> steps = new ArrayList<>();
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '.') {
                int end = i + 1;
                while (end < p.length() && p.charAt(end) != '.' && p.charAt(end) != '[') end++;
                if (end > i + 1) steps.add(p.substring(i + 1, end));
                i = end;
            } else if (c == '[') {
                int end = p.indexOf(']', i);
                if (end < 0) throw new IllegalArgumentException("unterminated [ in JSONPath " + path);
                String inside = p.substring(i + 1, end).strip();
                if (inside.equals("*") || inside.isEmpty()) {
                    steps.add("*");
                } else if (inside.startsWith("'") || inside.startsWith("\"")) {
                    steps.add(inside.substring(1, inside.length() - 1));
                } else {
                    steps.add("#" + Integer.parseInt(inside));
                }
                i = end + 1;
            } else {
                int end = i;
                while (end < p.length() && p.charAt(end) != '.' && p.charAt(end) != '[') end++;
                steps.add(p.substring(i, end));
                i = end;
            }
        }
        return List.copyOf(steps);
    }
}
