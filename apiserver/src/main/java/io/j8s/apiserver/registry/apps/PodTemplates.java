package io.j8s.apiserver.registry.apps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * The pod templates of workloads: defaulted and validated with the core pod rules, plus the
 * checks Kubernetes adds for controllers that keep pods running ({@code ValidatePodTemplateSpecForReplicaSet}).
 */
public final class PodTemplates {

    private PodTemplates() {}

    /** Defaults the pod spec of {@code spec.template}, when there is one. */
    public static void applyDefaults(ObjectNode workloadSpec) {
        if (workloadSpec.get("template") instanceof ObjectNode template) {
            PodTemplateCore.applyDefaults(template);
        }
    }

    /** Problems of a template: its metadata and its pod spec. */
    public static List<FieldError> validate(JsonNode template, String path) {
        return PodTemplateCore.validate(template, path);
    }

    /**
     * Problems of the template of a Deployment, ReplicaSet or DaemonSet: present, labels
     * selected by {@code selector}, a valid pod spec, restartPolicy Always, no activeDeadlineSeconds.
     */
    public static List<FieldError> validateForReplicated(JsonNode template, JsonNode selector, String path) {
        List<FieldError> errors = new ArrayList<>();
        if (template == null || template.isMissingNode() || template.isNull()) {
            errors.add(FieldError.required(path, ""));
            return errors;
        }
        errors.addAll(validateSelected(template, selector, path));
        errors.addAll(validate(template, path));
        String restartPolicy = template.path("spec").path("restartPolicy").asText("");
        if (!restartPolicy.equals("Always")) {
            errors.add(FieldError.notSupported(path + ".spec.restartPolicy", restartPolicy, List.of("Always")));
        }
        if (template.path("spec").hasNonNull("activeDeadlineSeconds")) {
            errors.add(FieldError.forbidden(path + ".spec.activeDeadlineSeconds", "activeDeadlineSeconds in ReplicaSet is not Supported"));
        }
        return errors;
    }

    /**
     * The error when the selector does not select the template's labels. As in Kubernetes, an
     * empty selector is not checked here and a missing one selects nothing.
     */
    public static List<FieldError> validateSelected(JsonNode template, JsonNode selector, String path) {
        if (!LabelSelectors.absent(selector) && LabelSelectors.isEmpty(selector)) {
            return List.of();
        }
        JsonNode labels = template.path("metadata").path("labels");
        if (!LabelSelectors.matches(selector, labels)) {
            return List.of(FieldError.invalid(path + ".metadata.labels", GoValue.stringMap(labels),
                    "`selector` does not match template `labels`"));
        }
        return List.of();
    }

    /**
     * Problems of a workload selector: required, valid and not empty. {@code emptyMessage} is
     * Kubernetes' wording for the kind, such as {@code empty selector is invalid for deployment}.
     */
    public static List<FieldError> validateSelector(JsonNode selector, String path, String emptyMessage) {
        List<FieldError> errors = new ArrayList<>();
        if (LabelSelectors.absent(selector)) {
            errors.add(FieldError.required(path, ""));
            return errors;
        }
        errors.addAll(LabelSelectors.validate(selector, path));
        if (LabelSelectors.isEmpty(selector)) {
            errors.add(FieldError.invalid(path, GoValue.labelSelector(selector), emptyMessage));
        }
        return errors;
    }
}
