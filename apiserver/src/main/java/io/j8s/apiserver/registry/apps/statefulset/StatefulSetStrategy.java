package io.j8s.apiserver.registry.apps.statefulset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.validation.FieldPath;
import io.j8s.apimachinery.validation.NameValidator;
import io.j8s.apimachinery.validation.ObjectMetaValidation;
import io.j8s.apiserver.registry.Strategy;
import io.j8s.apiserver.registry.apps.Defaulting;
import io.j8s.apiserver.registry.apps.FieldRules;
import io.j8s.apiserver.registry.apps.GoValue;
import io.j8s.apiserver.registry.apps.IntOrPercent;
import io.j8s.apiserver.registry.apps.PodTemplates;
import io.j8s.apiserver.registry.apps.WorkloadStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** apps/v1 StatefulSets, as Kubernetes' {@code pkg/registry/apps/statefulset} strategy. */
public final class StatefulSetStrategy implements Strategy {

    /** The spec fields an update may change; any other change is forbidden. */
    static final Set<String> MUTABLE = Set.of("replicas", "ordinals", "template", "updateStrategy",
            "persistentVolumeClaimRetentionPolicy", "minReadySeconds");

    static final String FORBIDDEN_UPDATE = "updates to statefulset spec for fields other than 'replicas', 'ordinals', "
            + "'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden";

    private static final List<String> RETENTION = List.of("Retain", "Delete");

    @Override
    public void applyDefaults(ObjectNode obj) {
        ObjectNode spec = Defaulting.object(obj, "spec");
        Defaulting.putIfUnset(spec, "podManagementPolicy", "OrderedReady");
        ObjectNode strategy = Defaulting.object(spec, "updateStrategy");
        if (Defaulting.unset(strategy, "type")) {
            strategy.put("type", "RollingUpdate");
            Defaulting.object(strategy, "rollingUpdate");
        }
        if (strategy.path("type").asText().equals("RollingUpdate") && strategy.get("rollingUpdate") instanceof ObjectNode ru) {
            Defaulting.putIfUnset(ru, "partition", 0);
        }
        ObjectNode retention = Defaulting.object(spec, "persistentVolumeClaimRetentionPolicy");
        Defaulting.putIfUnset(retention, "whenDeleted", "Retain");
        Defaulting.putIfUnset(retention, "whenScaled", "Retain");
        Defaulting.putIfUnset(spec, "replicas", 1);
        Defaulting.putIfUnset(spec, "revisionHistoryLimit", 10);
        for (JsonNode claim : spec.path("volumeClaimTemplates")) {
            if (claim instanceof ObjectNode c) {
                Defaulting.putIfUnset(Defaulting.object(c, "spec"), "volumeMode", "Filesystem");
            }
        }
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
        if (!withoutMutable(obj.path("spec")).equals(withoutMutable(old.path("spec")))) {
            errors.add(FieldError.forbidden("spec", FORBIDDEN_UPDATE));
        }
        errors.addAll(validateSpec(obj.path("spec")));
        return errors;
    }

    @Override
    public List<FieldError> validateStatusUpdate(ObjectNode obj, ObjectNode old) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode status = obj.path("status");
        errors.addAll(WorkloadStatus.nonNegative(status, "status", "replicas", "readyReplicas", "currentReplicas",
                "updatedReplicas", "availableReplicas", "observedGeneration", "collisionCount"));
        String above = "cannot be greater than status.replicas";
        for (String f : List.of("readyReplicas", "currentReplicas", "updatedReplicas", "availableReplicas")) {
            errors.addAll(WorkloadStatus.notAbove(status, "status", f, "replicas", above));
        }
        errors.addAll(WorkloadStatus.notAbove(status, "status", "availableReplicas", "readyReplicas",
                "cannot be greater than status.readyReplicas"));
        errors.addAll(WorkloadStatus.collisionCountNotDecremented(status, old.path("status")));
        return errors;
    }

    private static ObjectNode withoutMutable(JsonNode spec) {
        ObjectNode copy = spec instanceof ObjectNode o ? o.deepCopy() : JsonNodeFactory.instance.objectNode();
        copy.remove(MUTABLE);
        // absent and null read the same
        copy.properties().removeIf(e -> e.getValue().isNull());
        return copy;
    }

    private static List<FieldError> validateSpec(JsonNode spec) {
        List<FieldError> errors = new ArrayList<>();
        String policy = spec.path("podManagementPolicy").asText("");
        switch (policy) {
            case "" -> errors.add(FieldError.required("spec.podManagementPolicy", ""));
            case "OrderedReady", "Parallel" -> { }
            default -> errors.add(FieldError.invalid("spec.podManagementPolicy", policy, "must be 'OrderedReady' or 'Parallel'"));
        }
        errors.addAll(validateUpdateStrategy(spec.path("updateStrategy")));
        JsonNode retention = spec.path("persistentVolumeClaimRetentionPolicy");
        for (String f : List.of("whenDeleted", "whenScaled")) {
            String value = retention.path(f).asText("");
            if (!retention.path(f).isMissingNode() && !RETENTION.contains(value)) {
                errors.add(FieldError.notSupported("spec.persistentVolumeClaimRetentionPolicy." + f, value, RETENTION));
            }
        }
        errors.addAll(FieldRules.nonNegative(spec.get("replicas"), "spec.replicas"));
        errors.addAll(FieldRules.nonNegative(spec.get("minReadySeconds"), "spec.minReadySeconds"));
        errors.addAll(FieldRules.nonNegative(spec.path("ordinals").get("start"), "spec.ordinals.start"));
        errors.addAll(FieldRules.nonNegative(spec.get("revisionHistoryLimit"), "spec.revisionHistoryLimit"));
        JsonNode selector = spec.path("selector");
        errors.addAll(PodTemplates.validateSelector(selector, "spec.selector", "empty selector is invalid for statefulset"));
        JsonNode template = spec.path("template");
        errors.addAll(PodTemplates.validateSelected(template, selector, "spec.template"));
        errors.addAll(PodTemplates.validate(template, "spec.template"));
        String restartPolicy = template.path("spec").path("restartPolicy").asText("");
        if (!restartPolicy.equals("Always")) {
            errors.add(FieldError.notSupported("spec.template.spec.restartPolicy", restartPolicy, List.of("Always")));
        }
        if (template.path("spec").hasNonNull("activeDeadlineSeconds")) {
            errors.add(FieldError.forbidden("spec.template.spec.activeDeadlineSeconds", "activeDeadlineSeconds in StatefulSet is not Supported"));
        }
        JsonNode claims = spec.path("volumeClaimTemplates");
        for (int i = 0; i < claims.size(); i++) {
            errors.addAll(validateClaimTemplate(claims.get(i), "spec.volumeClaimTemplates[" + i + "]"));
        }
        return errors;
    }

    private static List<FieldError> validateUpdateStrategy(JsonNode strategy) {
        List<FieldError> errors = new ArrayList<>();
        String type = strategy.path("type").asText("");
        JsonNode rollingUpdate = strategy.path("rollingUpdate");
        switch (type) {
            case "" -> errors.add(FieldError.required("spec.updateStrategy", ""));
            case "OnDelete" -> {
                if (!IntOrPercent.absent(rollingUpdate)) {
                    errors.add(FieldError.invalid("spec.updateStrategy.rollingUpdate", new GoValue(rollingUpdate.toString()),
                            "only allowed for updateStrategy 'RollingUpdate'"));
                }
            }
            case "RollingUpdate" -> {
                errors.addAll(FieldRules.nonNegative(rollingUpdate.get("partition"), "spec.updateStrategy.rollingUpdate.partition"));
                JsonNode maxUnavailable = rollingUpdate.path("maxUnavailable");
                if (!IntOrPercent.absent(maxUnavailable)) {
                    errors.addAll(IntOrPercent.validateNonNegative(maxUnavailable, "spec.updateStrategy.rollingUpdate.maxUnavailable"));
                    if (IntOrPercent.numericValue(maxUnavailable) == 0) {
                        errors.add(FieldError.invalid("spec.updateStrategy.rollingUpdate.maxUnavailable",
                                GoValue.intOrString(maxUnavailable), "must be greater than 0"));
                    }
                    errors.addAll(IntOrPercent.notMoreThan100Percent(maxUnavailable, "spec.updateStrategy.rollingUpdate.maxUnavailable"));
                }
            }
            default -> errors.add(FieldError.invalid("spec.updateStrategy", new GoValue(strategy.toString()),
                    "must be 'RollingUpdate' or 'OnDelete'"));
        }
        return errors;
    }

    /** A claim template: a named claim with access modes and a storage request, lightly checked. */
    private static List<FieldError> validateClaimTemplate(JsonNode claim, String path) {
        List<FieldError> errors = new ArrayList<>();
        String name = claim.path("metadata").path("name").asText("");
        if (name.isEmpty()) {
            errors.add(FieldError.required(path + ".metadata.name", "name or generateName is required"));
        } else {
            NameValidator.DNS1123_SUBDOMAIN.validate(name, false)
                    .forEach(m -> errors.add(FieldError.invalid(path + ".metadata.name", name, m)));
        }
        errors.addAll(ObjectMetaValidation.validateLabels(claim.path("metadata").path("labels"), new FieldPath(path + ".metadata.labels")));
        JsonNode claimSpec = claim.path("spec");
        JsonNode modes = claimSpec.path("accessModes");
        if (modes.isEmpty()) {
            errors.add(FieldError.required(path + ".spec.accessModes", "at least 1 access mode is required"));
        }
        List<String> supported = List.of("ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod");
        for (JsonNode mode : modes) {
            if (!supported.contains(mode.asText())) {
                errors.add(FieldError.notSupported(path + ".spec.accessModes", mode.asText(), supported));
            }
        }
        if (claimSpec.path("resources").path("requests").path("storage").isMissingNode()
                && claimSpec.path("dataSource").isMissingNode() && claimSpec.path("dataSourceRef").isMissingNode()) {
            errors.add(FieldError.required(path + ".spec.resources[storage]", ""));
        }
        return errors;
    }
}
