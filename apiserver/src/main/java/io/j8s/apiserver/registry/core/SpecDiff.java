package io.j8s.apiserver.registry.core;

import com.fasterxml.jackson.databind.JsonNode;
import io.j8s.apimachinery.validation.FieldPath;
import io.j8s.apimachinery.validation.ObjectMetaValidation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The changed leaves between two JSON values, one line each ({@code   spec.restartPolicy: "Always" -> "Never"}),
 * appended to "may not change" errors as Kubernetes appends its {@code cmp.Diff}, so users see what changed.
 */
public final class SpecDiff {

    private SpecDiff() {}

    public static List<String> lines(JsonNode old, JsonNode now, FieldPath path) {
        List<String> out = new ArrayList<>();
        diff(old, now, path, out);
        return out;
    }

    private static void diff(JsonNode old, JsonNode now, FieldPath path, List<String> out) {
        if (ObjectMetaValidation.sameValue(old, now)) {
            return;
        }
        if (old != null && now != null && old.isObject() && now.isObject()) {
            List<String> names = new ArrayList<>();
            old.fieldNames().forEachRemaining(names::add);
            for (Iterator<Map.Entry<String, JsonNode>> it = now.fields(); it.hasNext(); ) {
                String n = it.next().getKey();
                if (!names.contains(n)) {
                    names.add(n);
                }
            }
            for (String n : names) {
                diff(old.get(n), now.get(n), path.child(n), out);
            }
        } else if (old != null && now != null && old.isArray() && now.isArray() && old.size() == now.size()) {
            for (int i = 0; i < old.size(); i++) {
                diff(old.get(i), now.get(i), path.index(i), out);
            }
        } else {
            out.add("  " + path.path() + ": " + (old == null ? "null" : old.toString()) + " -> " + (now == null ? "null" : now.toString()));
        }
    }
}
