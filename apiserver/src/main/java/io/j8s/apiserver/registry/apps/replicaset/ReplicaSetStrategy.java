package io.j8s.apiserver.registry.apps.replicaset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apiserver.registry.Strategy;
import io.j8s.apiserver.registry.apps.Defaulting;
import io.j8s.apiserver.registry.apps.FieldRules;
import io.j8s.apiserver.registry.apps.GoValue;
import io.j8s.apiserver.registry.apps.PodTemplates;
import io.j8s.apiserver.registry.apps.WorkloadStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** apps/v1 ReplicaSets, as Kubernetes' {@code pkg/registry/apps/replicaset} strategy. */
public final class ReplicaSetStrategy implements Strategy {

    @Override
    public void applyDefaults(ObjectNode obj) {
        ObjectNode spec = Defaulting.object(obj, "spec");
        Defaulting.putIfUnset(spec, "replicas", 1);
        PodTemplates.applyDefaults(spec);
    }

    @Override
    public void prepareForCreate(ObjectNode obj) {
        obj.remove("status");
    }

    @Override
    public List<FieldError> validate(ObjectNode obj) {
        List<FieldError> errors = new ArrayList<>();
        errors.addAll(validateSpec(obj.path("spec")));
        return errors;
    }

    @Override
    public List<FieldError> validateUpdate(ObjectNode obj, ObjectNode old) {
        List<FieldError> errors = new ArrayList<>();
        errors.addAll(validateSpec(obj.path("spec")));
        JsonNode selector = obj.path("spec").path("selector");
        if (!FieldRules.same(selector, old.path("spec").path("selector"))) {
            errors.add(FieldError.invalid("spec.selector", GoValue.labelSelector(selector), FieldRules.IMMUTABLE));
        }
        return errors;
    }

    @Override
    public List<FieldError> validateStatusUpdate(ObjectNode obj, ObjectNode old) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode status = obj.path("status");
        errors.addAll(WorkloadStatus.nonNegative(status, "status",
                "replicas", "fullyLabeledReplicas", "readyReplicas", "availableReplicas", "observedGeneration", "terminatingReplicas"));
        String above = "cannot be greater than status.replicas";
        errors.addAll(WorkloadStatus.notAbove(status, "status", "fullyLabeledReplicas", "replicas", above));
        errors.addAll(WorkloadStatus.notAbove(status, "status", "readyReplicas", "replicas", above));
        errors.addAll(WorkloadStatus.notAbove(status, "status", "availableReplicas", "replicas", above));
        errors.addAll(WorkloadStatus.notAbove(status, "status", "availableReplicas", "readyReplicas", "cannot be greater than readyReplicas"));
        return errors;
    }

    @Override
    public Map<String, String> selectableFields(ObjectNode obj) {
        return Map.of("status.replicas", Long.toString(obj.path("status").path("replicas").asLong(0)));
    }

    private static List<FieldError> validateSpec(JsonNode spec) {
        List<FieldError> errors = new ArrayList<>();
        errors.addAll(FieldRules.nonNegative(spec.get("replicas"), "spec.replicas"));
        errors.addAll(FieldRules.nonNegative(spec.get("minReadySeconds"), "spec.minReadySeconds"));
        JsonNode selector = spec.path("selector");
        // Kubernetes words the replica set's empty-selector error as it does the deployment's.
        errors.addAll(PodTemplates.validateSelector(selector, "spec.selector", "empty selector is invalid for deployment"));
        errors.addAll(PodTemplates.validateForReplicated(spec.path("template"), selector, "spec.template"));
        return errors;
    }
}
