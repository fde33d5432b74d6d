package io.j8s.apiserver.registry.apps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.validation.FieldPath;
import io.j8s.apimachinery.validation.ObjectMetaValidation;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code PodTemplateSpec} as Kubernetes' {@code ValidatePodTemplateSpec} sees it: its labels and
 * annotations, then its pod spec by the core pod rules. Kubernetes reports template labels at
 * {@code template.labels}, not {@code template.metadata.labels}; so does this.
 */
final class PodTemplateCore {

    private PodTemplateCore() {}

    static void applyDefaults(ObjectNode template) {
        ObjectNode spec = Defaulting.object(template, "spec");
        // TODO(part 1): PodSpecDefaults
    }

    static List<FieldError> validate(JsonNode template, String path) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode meta = template.path("metadata");
        errors.addAll(ObjectMetaValidation.validateLabels(meta.path("labels"), new FieldPath(path + ".labels")));
        errors.addAll(ObjectMetaValidation.validateAnnotations(meta.path("annotations"), new FieldPath(path + ".annotations")));
        JsonNode spec = template.path("spec");
        if (!spec.path("ephemeralContainers").isEmpty()) {
            errors.add(FieldError.forbidden(path + ".spec.ephemeralContainers", "ephemeral containers not allowed in pod template"));
        }
        return errors;
    }
}
