package io.j8s.apiserver.registry.apps.daemonset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apiserver.registry.Strategy;
import io.j8s.apiserver.registry.apps.Defaulting;
import io.j8s.apiserver.registry.apps.FieldRules;
import io.j8s.apiserver.registry.apps.GoValue;
import io.j8s.apiserver.registry.apps.IntOrPercent;
import io.j8s.apiserver.registry.apps.LabelSelectors;
import io.j8s.apiserver.registry.apps.PodTemplates;
import io.j8s.apiserver.registry.apps.WorkloadStatus;
import java.util.ArrayList;
import java.util.List;

/** apps/v1 DaemonSets, as Kubernetes' {@code pkg/registry/apps/daemonset} strategy. */
public final class DaemonSetStrategy implements Strategy {

    @Override
    public void applyDefaults(ObjectNode obj) {
        ObjectNode spec = Defaulting.object(obj, "spec");
        ObjectNode strategy = Defaulting.object(spec, "updateStrategy");
        Defaulting.putIfUnset(strategy, "type", "RollingUpdate");
        if (strategy.path("type").asText().equals("RollingUpdate")) {
            ObjectNode rollingUpdate = Defaulting.object(strategy, "rollingUpdate");
            Defaulting.putIfUnset(rollingUpdate, "maxUnavailable", 1);
            Defaulting.putIfUnset(rollingUpdate, "maxSurge", 0);
        }
        Defaulting.putIfUnset(spec, "revisionHistoryLimit", 10);
        PodTemplates.applyDefaults(spec);
    }

    /**
     * The template generation apps/v1 keeps in an annotation: 1 on create, one more each time the
     * template changes, as Kubernetes' daemon set strategy does.
     */
    static final String TEMPLATE_GENERATION = "deprecated.daemonset.template.generation";

    @Override
    public void prepareForCreate(ObjectNode obj) {
        obj.remove("status");
        long generation = templateGeneration(obj);
        annotations(obj).put(TEMPLATE_GENERATION, Long.toString(Math.max(generation, 1)));
    }

    @Override
    public void prepareForUpdate(ObjectNode obj, ObjectNode old) {
        long generation = templateGeneration(old);
        if (!FieldRules.same(obj.path("spec").path("template"), old.path("spec").path("template"))) {
            generation++;
        }
        annotations(obj).put(TEMPLATE_GENERATION, Long.toString(generation));
    }

    private static long templateGeneration(JsonNode obj) {
        try {
            return Long.parseLong(obj.path("metadata").path("annotations").path(TEMPLATE_GENERATION).asText("0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static ObjectNode annotations(ObjectNode obj) {
        return Defaulting.object(Defaulting.object(obj, "metadata"), "annotations");
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
        errors.addAll(WorkloadStatus.nonNegative(status, "status", "currentNumberScheduled", "numberMisscheduled",
                "desiredNumberScheduled", "numberReady", "observedGeneration", "updatedNumberScheduled",
                "numberAvailable", "numberUnavailable", "collisionCount"));
        errors.addAll(WorkloadStatus.collisionCountNotDecremented(status, old.path("status")));
        return errors;
    }

    private static List<FieldError> validateSpec(JsonNode spec) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode selector = spec.path("selector");
        JsonNode template = spec.path("template");
        // Unlike other workloads, Kubernetes does not require the selector here: a missing one
        // selects nothing, which the template's labels then fail to match.
        errors.addAll(LabelSelectors.validate(selector, "spec.selector"));
        JsonNode labels = template.path("metadata").path("labels");
        if (LabelSelectors.absent(selector) || !LabelSelectors.matches(selector, labels)) {
            errors.add(FieldError.invalid("spec.template.metadata.labels", GoValue.stringMap(labels),
                    "`selector` does not match template `labels`"));
        }
        if (!LabelSelectors.absent(selector) && LabelSelectors.isEmpty(selector)) {
            errors.add(FieldError.invalid("spec.selector", GoValue.labelSelector(selector), "empty selector is invalid for daemonset"));
        }
        errors.addAll(PodTemplates.validate(template, "spec.template"));
        String restartPolicy = template.path("spec").path("restartPolicy").asText("");
        if (!restartPolicy.equals("Always")) {
            errors.add(FieldError.notSupported("spec.template.spec.restartPolicy", restartPolicy, List.of("Always")));
        }
        JsonNode deadline = template.path("spec").get("activeDeadlineSeconds");
        if (deadline != null && !deadline.isNull()) {
            errors.add(FieldError.invalid("spec.template.spec.activeDeadlineSeconds", deadline.asLong(),
                    "activeDeadlineSeconds in DaemonSet is not Supported"));
        }
        errors.addAll(FieldRules.nonNegative(spec.get("minReadySeconds"), "spec.minReadySeconds"));
        errors.addAll(validateUpdateStrategy(spec.path("updateStrategy")));
        errors.addAll(FieldRules.nonNegative(spec.get("revisionHistoryLimit"), "spec.revisionHistoryLimit"));
        return errors;
    }

    private static List<FieldError> validateUpdateStrategy(JsonNode strategy) {
        List<FieldError> errors = new ArrayList<>();
        String type = strategy.path("type").asText("");
        switch (type) {
            case "OnDelete" -> { }
            case "RollingUpdate" -> {
                JsonNode rollingUpdate = strategy.path("rollingUpdate");
                if (IntOrPercent.absent(rollingUpdate)) {
                    errors.add(FieldError.required("spec.updateStrategy.rollingUpdate", ""));
                } else {
                    errors.addAll(validateRollingUpdate(rollingUpdate, "spec.updateStrategy.rollingUpdate"));
                }
            }
            default -> errors.add(FieldError.notSupported("spec.updateStrategy", type, List.of("OnDelete", "RollingUpdate")));
        }
        return errors;
    }

    private static List<FieldError> validateRollingUpdate(JsonNode rollingUpdate, String path) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode maxUnavailable = rollingUpdate.path("maxUnavailable");
        JsonNode maxSurge = rollingUpdate.path("maxSurge");
        errors.addAll(IntOrPercent.validateNonNegative(maxUnavailable, path + ".maxUnavailable"));
        errors.addAll(IntOrPercent.notMoreThan100Percent(maxUnavailable, path + ".maxUnavailable"));
        errors.addAll(IntOrPercent.validateNonNegative(maxSurge, path + ".maxSurge"));
        errors.addAll(IntOrPercent.notMoreThan100Percent(maxSurge, path + ".maxSurge"));
        if (IntOrPercent.numericValue(maxUnavailable) == 0 && IntOrPercent.numericValue(maxSurge) == 0) {
            errors.add(FieldError.invalid(path + ".maxUnavailable", GoValue.intOrString(maxUnavailable), "may not be 0 when `maxSurge` is 0"));
        }
        return errors;
    }
}
