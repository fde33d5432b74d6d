package io.j8s.apiserver.registry.core.replicationcontroller;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.validation.FieldPath;
import io.j8s.apimachinery.validation.ObjectMetaValidation;
import io.j8s.apiserver.registry.Strategy;
import io.j8s.apiserver.registry.core.Defaulting;
import io.j8s.apiserver.registry.core.ResourceValidation;
import io.j8s.apiserver.registry.core.pod.PodSpecDefaults;
import io.j8s.apiserver.registry.core.pod.PodSpecValidation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * ReplicationControllers, as Kubernetes' {@code rcStrategy} and {@code SetDefaults_ReplicationController}:
 * selector and labels default to the template's labels, replicas to 1; the selector must be
 * non-empty and match the template, whose pods restart Always. Selected by {@code status.replicas}.
 */
public final class ReplicationControllerStrategy implements Strategy {

    private static final FieldPath SPEC = FieldPath.root("spec");

    @Override
    public void applyDefaults(ObjectNode obj) {
        ObjectNode spec = Defaulting.object(obj, "spec");
        if (spec == null) {
            return;
        }
        ObjectNode template = Defaulting.existing(spec, "template");
        JsonNode labels = template == null ? null : template.path("metadata").get("labels");
        if (labels != null && labels.isObject() && !labels.isEmpty()) {
            if (spec.path("selector").isEmpty()) {
                spec.set("selector", labels.deepCopy());
            }
            ObjectNode meta = Defaulting.object(obj, "metadata");
            if (meta != null && meta.path("labels").isEmpty()) {
                meta.set("labels", labels.deepCopy());
            }
        }
        Defaulting.number(spec, "replicas", 1);
        ObjectNode podSpec = template == null ? null : Defaulting.object(template, "spec");
        if (podSpec != null) {
            PodSpecDefaults.apply(podSpec);
        }
    }

    @Override
    public void prepareForCreate(ObjectNode obj) {
        obj.putObject("status").put("replicas", 0);
    }

    @Override
    public List<FieldError> validate(ObjectNode obj) {
        List<FieldError> errs = new ArrayList<>();
        JsonNode spec = obj.path("spec");
        errs.addAll(ResourceValidation.nonNegative(spec.path("minReadySeconds"), SPEC.child("minReadySeconds")));
        JsonNode selector = spec.path("selector");
        if (selector.isEmpty()) {
            errs.add(FieldError.required(SPEC.child("selector").path(), ""));
        }
        errs.addAll(ObjectMetaValidation.validateLabels(selector, SPEC.child("selector")));
        errs.addAll(ResourceValidation.nonNegative(spec.path("replicas"), SPEC.child("replicas")));
        JsonNode template = spec.path("template");
        FieldPath templatePath = SPEC.child("template");
        if (template.isMissingNode() || template.isNull()) {
            errs.add(FieldError.required(templatePath.path(), ""));
            return errs;
        }
        JsonNode labels = template.path("metadata").path("labels");
        if (!selector.isEmpty() && !matches(selector, labels)) {
            errs.add(FieldError.invalid(templatePath.child("metadata", "labels").path(), labels,
                    "`selector` does not match template `labels`"));
        }
        errs.addAll(PodSpecValidation.validateTemplate(template, templatePath));
        String restartPolicy = template.path("spec").path("restartPolicy").asText("");
        if (!restartPolicy.equals("Always")) {
            errs.add(FieldError.notSupported(templatePath.child("spec", "restartPolicy").path(), restartPolicy, List.of("Always")));
        }
        if (template.path("spec").hasNonNull("activeDeadlineSeconds")) {
            errs.add(FieldError.forbidden(templatePath.child("spec", "activeDeadlineSeconds").path(),
                    "activeDeadlineSeconds in ReplicationController is not Supported"));
        }
        return errs;
    }

    @Override
    public List<FieldError> validateStatusUpdate(ObjectNode obj, ObjectNode old) {
        List<FieldError> errs = new ArrayList<>();
        FieldPath status = FieldPath.root("status");
        for (String f : List.of("replicas", "fullyLabeledReplicas", "readyReplicas", "availableReplicas", "observedGeneration")) {
            errs.addAll(ResourceValidation.nonNegative(obj.path("status").path(f), status.child(f)));
        }
        return errs;
    }

    @Override
    public Map<String, String> selectableFields(ObjectNode obj) {
        return Map.of("status.replicas", String.valueOf(obj.path("status").path("replicas").asLong(0)));
    }

    private static boolean matches(JsonNode selector, JsonNode labels) {
        for (Iterator<Map.Entry<String, JsonNode>> it = selector.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!labels.path(e.getKey()).asText("\u0000").equals(e.getValue().asText())) {
                return false;
            }
        }
        return true;
    }
}
