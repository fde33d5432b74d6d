package io.j8s.apiserver.registry.rbac;

import com.fasterxml.jackson.databind.JsonNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apiserver.registry.apps.GoValue;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** The rules of a Role or ClusterRole, as Kubernetes' {@code ValidatePolicyRule}. */
public final class PolicyRules {

    private PolicyRules() {}

    /** Problems of {@code rules}; a namespaced role's rules may not name non-resource URLs. */
    public static List<FieldError> validate(JsonNode rules, boolean namespaced) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            errors.addAll(rule(rules.get(i), namespaced, "rules[" + i + "]"));
        }
        return errors;
    }

    private static List<FieldError> rule(JsonNode rule, boolean namespaced, String path) {
        List<FieldError> errors = new ArrayList<>();
        if (rule.path("verbs").isEmpty()) {
            errors.add(FieldError.required(path + ".verbs", "verbs must contain at least one value"));
        }
        JsonNode urls = rule.path("nonResourceURLs");
        if (!urls.isEmpty()) {
            GoValue shown = stringSlice(urls);
            if (namespaced) {
                errors.add(FieldError.invalid(path + ".nonResourceURLs", shown, "namespaced rules cannot apply to non-resource URLs"));
            }
            if (!rule.path("apiGroups").isEmpty() || !rule.path("resources").isEmpty() || !rule.path("resourceNames").isEmpty()) {
                errors.add(FieldError.invalid(path + ".nonResourceURLs", shown, "rules cannot apply to both regular resources and non-resource URLs"));
            }
            return errors;
        }
        if (rule.path("apiGroups").isEmpty()) {
            errors.add(FieldError.required(path + ".apiGroups", "resource rules must supply at least one api group"));
        }
        if (rule.path("resources").isEmpty()) {
            errors.add(FieldError.required(path + ".resources", "resource rules must supply at least one resource"));
        }
        return errors;
    }

    static GoValue stringSlice(JsonNode values) {
        return new GoValue(StreamSupport.stream(values.spliterator(), false)
                .map(v -> "\"" + v.asText().replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(", ", "[]string{", "}")));
    }
}
