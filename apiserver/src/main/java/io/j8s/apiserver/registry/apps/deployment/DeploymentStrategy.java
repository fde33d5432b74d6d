package io.j8s.apiserver.registry.apps.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apiserver.registry.Strategy;
import io.j8s.apiserver.registry.apps.Defaulting;
import io.j8s.apiserver.registry.apps.FieldRules;
import io.j8s.apiserver.registry.apps.GoValue;
import io.j8s.apiserver.registry.apps.IntOrPercent;
import io.j8s.apiserver.registry.apps.PodTemplates;
import io.j8s.apiserver.registry.apps.WorkloadStatus;
import java.util.ArrayList;
import java.util.List;

/** apps/v1 Deployments, as Kubernetes' {@code pkg/registry/apps/deployment} strategy and apps validation. */
public final class DeploymentStrategy implements Strategy {

    @Override
    public void applyDefaults(ObjectNode obj) {
        ObjectNode spec = Defaulting.object(obj, "spec");
        Defaulting.putIfUnset(spec, "replicas", 1);
        ObjectNode strategy = Defaulting.object(spec, "strategy");
        Defaulting.putIfUnset(strategy, "type", "RollingUpdate");
        if (strategy.path("type").asText().equals("RollingUpdate")) {
            ObjectNode rollingUpdate = Defaulting.object(strategy, "rollingUpdate");
            Defaulting.putIfUnset(rollingUpdate, "maxUnavailable", "25%");
            Defaulting.putIfUnset(rollingUpdate, "maxSurge", "25%");
        }
        Defaulting.putIfUnset(spec, "revisionHistoryLimit", 10);
        Defaulting.putIfUnset(spec, "progressDeadlineSeconds", 600);
        PodTemplates.applyDefaults(spec);
    }

    @Override
    public void prepareForCreate(ObjectNode obj) {
        obj.remove("status");
    }

    /**
     * Annotation changes bump the generation too, as in Kubernetes, because the deployment
     * controller copies annotations to its replica sets. Spec changes are bumped by the registry.
     */
    @Override
    public void prepareForUpdate(ObjectNode obj, ObjectNode old) {
        JsonNode generation = old.path("metadata").path("generation");
        if (generation.isNumber() && !FieldRules.same(obj.path("metadata").path("annotations"), old.path("metadata").path("annotations"))) {
            Defaulting.object(obj, "metadata").put("generation", generation.asLong() + 1);
        }
    }

    @Override
    public List<FieldError> validate(ObjectNode obj) {
        List<FieldError> errors = new ArrayList<>();
        errors.addAll(validateSpec(obj.path("spec"), "spec"));
        return errors;
    }

    @Override
    public List<FieldError> validateUpdate(ObjectNode obj, ObjectNode old) {
        List<FieldError> errors = new ArrayList<>();
        errors.addAll(validateSpec(obj.path("spec"), "spec"));
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
                "replicas", "updatedReplicas", "readyReplicas", "availableReplicas", "unavailableReplicas",
                "observedGeneration", "collisionCount", "terminatingReplicas"));
        errors.addAll(WorkloadStatus.notAbove(status, "status", "updatedReplicas", "replicas", "cannot be greater than status.replicas"));
        errors.addAll(WorkloadStatus.notAbove(status, "status", "availableReplicas", "replicas", "cannot be greater than status.replicas"));
        errors.addAll(WorkloadStatus.notAbove(status, "status", "availableReplicas", "readyReplicas", "cannot be greater than readyReplicas"));
        errors.addAll(WorkloadStatus.collisionCountNotDecremented(status, old.path("status")));
        return errors;
    }

    static List<FieldError> validateSpec(JsonNode spec, String path) {
        List<FieldError> errors = new ArrayList<>();
        errors.addAll(FieldRules.nonNegative(spec.get("replicas"), path + ".replicas"));
        JsonNode selector = spec.path("selector");
        errors.addAll(PodTemplates.validateSelector(selector, path + ".selector", "empty selector is invalid for deployment"));
        errors.addAll(PodTemplates.validateForReplicated(spec.path("template"), selector, path + ".template"));
        errors.addAll(validateStrategy(spec.path("strategy"), path + ".strategy"));
        errors.addAll(FieldRules.nonNegative(spec.get("minReadySeconds"), path + ".minReadySeconds"));
        errors.addAll(FieldRules.nonNegative(spec.get("revisionHistoryLimit"), path + ".revisionHistoryLimit"));
        JsonNode deadline = spec.get("progressDeadlineSeconds");
        if (deadline != null && deadline.isNumber()) {
            errors.addAll(FieldRules.nonNegative(deadline, path + ".progressDeadlineSeconds"));
            if (deadline.asLong() <= spec.path("minReadySeconds").asLong(0)) {
                errors.add(FieldError.invalid(path + ".progressDeadlineSeconds", deadline.asLong(), "must be greater than minReadySeconds"));
            }
        }
        return errors;
    }

    private static List<FieldError> validateStrategy(JsonNode strategy, String path) {
        List<FieldError> errors = new ArrayList<>();
        String type = strategy.path("type").asText("");
        JsonNode rollingUpdate = strategy.path("rollingUpdate");
        switch (type) {
            case "Recreate" -> {
                if (!IntOrPercent.absent(rollingUpdate)) {
                    errors.add(FieldError.forbidden(path + ".rollingUpdate", "may not be specified when strategy `type` is 'Recreate'"));
                }
            }
            case "RollingUpdate" -> {
                if (IntOrPercent.absent(rollingUpdate)) {
                    errors.add(FieldError.required(path + ".rollingUpdate", "this should be defaulted and never be nil"));
                } else {
                    errors.addAll(validateRollingUpdate(rollingUpdate, path + ".rollingUpdate"));
                }
            }
            default -> errors.add(FieldError.notSupported(path + ".type", type, List.of("Recreate", "RollingUpdate")));
        }
        return errors;
    }

    private static List<FieldError> validateRollingUpdate(JsonNode rollingUpdate, String path) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode maxUnavailable = rollingUpdate.path("maxUnavailable");
        JsonNode maxSurge = rollingUpdate.path("maxSurge");
        errors.addAll(IntOrPercent.validateNonNegative(maxUnavailable, path + ".maxUnavailable"));
        errors.addAll(IntOrPercent.validateNonNegative(maxSurge, path + ".maxSurge"));
        if (IntOrPercent.numericValue(maxUnavailable) == 0 && IntOrPercent.numericValue(maxSurge) == 0) {
            errors.add(FieldError.invalid(path + ".maxUnavailable", GoValue.intOrString(maxUnavailable), "may not be 0 when `maxSurge` is 0"));
        }
        errors.addAll(IntOrPercent.notMoreThan100Percent(maxUnavailable, path + ".maxUnavailable"));
        return errors;
    }
}
