package io.j8s.apiserver.registry.storage.storageclass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.validation.Formats;
import io.j8s.apiserver.registry.Strategy;
import io.j8s.apiserver.registry.apps.Defaulting;
import io.j8s.apiserver.registry.apps.FieldRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * storage.k8s.io/v1 StorageClasses, as Kubernetes' storage validation: reclaimPolicy defaults to
 * Delete and volumeBindingMode to Immediate; provisioner, parameters, reclaimPolicy and
 * volumeBindingMode may not change.
 */
public final class StorageClassStrategy implements Strategy {

    static final int MAX_PARAMETERS = 512;
    static final int MAX_PARAMETERS_SIZE = 256 * 1024;
    private static final List<String> RECLAIM_POLICIES = List.of("Delete", "Retain");
    private static final List<String> BINDING_MODES = List.of("Immediate", "WaitForFirstConsumer");

    @Override
    public void applyDefaults(ObjectNode obj) {
        Defaulting.putIfUnset(obj, "reclaimPolicy", "Delete");
        Defaulting.putIfUnset(obj, "volumeBindingMode", "Immediate");
    }

    @Override
    public List<FieldError> validate(ObjectNode obj) {
        List<FieldError> errors = new ArrayList<>();
        String provisioner = obj.path("provisioner").asText("");
        if (provisioner.isEmpty()) {
            errors.add(FieldError.required("provisioner", ""));
        } else {
            String lower = provisioner.toLowerCase(Locale.ROOT);
            Formats.isQualifiedName(lower).forEach(m -> errors.add(FieldError.invalid("provisioner", lower, m)));
        }
        errors.addAll(parameters(obj.path("parameters")));
        String reclaim = obj.path("reclaimPolicy").asText("");
        if (!reclaim.isEmpty() && !RECLAIM_POLICIES.contains(reclaim)) {
            errors.add(FieldError.notSupported("reclaimPolicy", reclaim, RECLAIM_POLICIES));
        }
        JsonNode mode = obj.get("volumeBindingMode");
        if (mode == null || mode.isNull()) {
            errors.add(FieldError.required("volumeBindingMode", ""));
        } else if (!BINDING_MODES.contains(mode.asText())) {
            errors.add(FieldError.notSupported("volumeBindingMode", mode.asText(), BINDING_MODES));
        }
        errors.addAll(allowedTopologies(obj.path("allowedTopologies")));
        return errors;
    }

    @Override
    public List<FieldError> validateUpdate(ObjectNode obj, ObjectNode old) {
        List<FieldError> errors = new ArrayList<>(validate(obj));
        if (!FieldRules.same(obj.path("parameters"), old.path("parameters"))) {
            errors.add(FieldError.forbidden("parameters", "updates to parameters are forbidden."));
        }
        if (!FieldRules.same(obj.path("provisioner"), old.path("provisioner"))) {
            errors.add(FieldError.forbidden("provisioner", "updates to provisioner are forbidden."));
        }
        if (!FieldRules.same(obj.path("reclaimPolicy"), old.path("reclaimPolicy"))) {
            errors.add(FieldError.forbidden("reclaimPolicy", "updates to reclaimPolicy are forbidden."));
        }
        errors.addAll(FieldRules.immutable(obj.path("volumeBindingMode"), old.path("volumeBindingMode"), "volumeBindingMode"));
        return errors;
    }

    private static List<FieldError> parameters(JsonNode params) {
        List<FieldError> errors = new ArrayList<>();
        if (params.size() > MAX_PARAMETERS) {
            errors.add(FieldError.tooLong("parameters", "Provisioner Parameters exceeded max allowed", MAX_PARAMETERS));
            return errors;
        }
        long size = 0;
        for (var e : params.properties()) {
            if (e.getKey().isEmpty()) {
                errors.add(FieldError.invalid("parameters", "", "field can not be empty."));
            }
            size += e.getKey().length() + e.getValue().asText("").length();
        }
        if (size > MAX_PARAMETERS_SIZE) {
            errors.add(FieldError.tooLong("parameters", "", MAX_PARAMETERS_SIZE));
        }
        return errors;
    }

    private static List<FieldError> allowedTopologies(JsonNode topologies) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < topologies.size(); i++) {
            JsonNode expressions = topologies.get(i).path("matchLabelExpressions");
            String path = "allowedTopologies[" + i + "].matchLabelExpressions";
            if (expressions.isEmpty()) {
                errors.add(FieldError.required(path, "must have at least one label selector requirement"));
            }
            for (int j = 0; j < expressions.size(); j++) {
                String at = path + "[" + j + "]";
                String key = expressions.get(j).path("key").asText("");
                Formats.isQualifiedName(key).forEach(m -> errors.add(FieldError.invalid(at + ".key", key, m)));
                JsonNode values = expressions.get(j).path("values");
                if (values.isEmpty()) {
                    errors.add(FieldError.required(at + ".values", "must specify as least one value"));
                }
                for (int k = 0; k < values.size(); k++) {
                    String value = values.get(k).asText();
                    String vat = at + ".values[" + k + "]";
                    Formats.isValidLabelValue(value).forEach(m -> errors.add(FieldError.invalid(vat, value, m)));
                }
            }
        }
        return errors;
    }
}
