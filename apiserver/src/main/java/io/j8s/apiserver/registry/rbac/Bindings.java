package io.j8s.apiserver.registry.rbac;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.validation.NameValidator;
import io.j8s.apiserver.registry.apps.Defaulting;
import io.j8s.apiserver.registry.apps.FieldRules;
import io.j8s.apiserver.registry.apps.GoValue;
import java.util.ArrayList;
import java.util.List;

/**
 * What RoleBindings and ClusterRoleBindings share: defaults of the role reference and subjects'
 * API groups, validation of both, and a role reference that may not change.
 */
public final class Bindings {

    public static final String GROUP = "rbac.authorization.k8s.io";

    private Bindings() {}

    public static void applyDefaults(ObjectNode obj) {
        ObjectNode roleRef = Defaulting.object(obj, "roleRef");
        Defaulting.putIfUnset(roleRef, "apiGroup", GROUP);
        for (JsonNode subject : obj.path("subjects")) {
            if (subject instanceof ObjectNode s && Defaulting.unset(s, "apiGroup")) {
                switch (s.path("kind").asText("")) {
                    case "ServiceAccount" -> s.put("apiGroup", "");
                    case "User", "Group" -> s.put("apiGroup", GROUP);
                    default -> { }
                }
            }
        }
    }

    /** Problems of the role reference (of one of {@code kinds}) and of the subjects. */
    public static List<FieldError> validate(JsonNode obj, List<String> kinds, boolean namespaced) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode roleRef = obj.path("roleRef");
        String apiGroup = roleRef.path("apiGroup").asText("");
        if (!apiGroup.equals(GROUP)) {
            errors.add(FieldError.notSupported("roleRef.apiGroup", apiGroup, List.of(GROUP)));
        }
        String kind = roleRef.path("kind").asText("");
        if (!kinds.contains(kind)) {
            errors.add(FieldError.notSupported("roleRef.kind", kind, kinds));
        }
        String name = roleRef.path("name").asText("");
        if (name.isEmpty()) {
            errors.add(FieldError.required("roleRef.name", ""));
        } else {
            NameValidator.PATH_SEGMENT.validate(name, false).forEach(m -> errors.add(FieldError.invalid("roleRef.name", name, m)));
        }
        JsonNode subjects = obj.path("subjects");
        for (int i = 0; i < subjects.size(); i++) {
            errors.addAll(subject(subjects.get(i), namespaced, "subjects[" + i + "]"));
        }
        return errors;
    }

    /** {@code roleRef: Invalid value: ...: cannot change roleRef} when the reference changed. */
    public static List<FieldError> validateUpdate(JsonNode obj, JsonNode old) {
        JsonNode roleRef = obj.path("roleRef");
        if (FieldRules.same(roleRef, old.path("roleRef"))) {
            return List.of();
        }
        GoValue shown = new GoValue("rbac.RoleRef{APIGroup:\"" + roleRef.path("apiGroup").asText("") + "\", Kind:\""
                + roleRef.path("kind").asText("") + "\", Name:\"" + roleRef.path("name").asText("") + "\"}");
        return List.of(FieldError.invalid("roleRef", shown, "cannot change roleRef"));
    }

    private static List<FieldError> subject(JsonNode subject, boolean namespaced, String path) {
        List<FieldError> errors = new ArrayList<>();
        String name = subject.path("name").asText("");
        if (name.isEmpty()) {
            errors.add(FieldError.required(path + ".name", ""));
        }
        String apiGroup = subject.path("apiGroup").asText("");
        switch (subject.path("kind").asText("")) {
            case "ServiceAccount" -> {
                if (!name.isEmpty()) {
                    NameValidator.DNS1123_SUBDOMAIN.validate(name, false).forEach(m -> errors.add(FieldError.invalid(path + ".name", name, m)));
                }
                if (!apiGroup.isEmpty()) {
                    errors.add(FieldError.notSupported(path + ".apiGroup", apiGroup, List.of("")));
                }
                if (!namespaced && subject.path("namespace").asText("").isEmpty()) {
                    errors.add(FieldError.required(path + ".namespace", ""));
                }
            }
            case "User", "Group" -> {
                if (!apiGroup.equals(GROUP)) {
                    errors.add(FieldError.notSupported(path + ".apiGroup", apiGroup, List.of(GROUP)));
                }
            }
            default -> errors.add(FieldError.notSupported(path + ".kind", subject.path("kind").asText(""),
                    List.of("ServiceAccount", "User", "Group")));
        }
        return errors;
    }
}
