package io.j8s.apiserver.registry.apps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.validation.FieldPath;
import io.j8s.apiserver.registry.core.pod.PodSpecDefaults;
import io.j8s.apiserver.registry.core.pod.PodSpecValidation;
import java.util.List;

/**
 * The one door from workloads to the core pod rules: a {@code PodTemplateSpec} is defaulted
 * and validated as Kubernetes' {@code SetDefaults_PodSpec} and {@code ValidatePodTemplateSpec} do
 * (template labels are reported at {@code template.labels}, as Kubernetes reports them).
 */
final class PodTemplateCore {

    private PodTemplateCore() {}

    static void applyDefaults(ObjectNode template) {
        PodSpecDefaults.apply(Defaulting.object(template, "spec"));
    }

    static List<FieldError> validate(JsonNode template, String path) {
        return PodSpecValidation.validateTemplate(template, new FieldPath(path));
    }
}
