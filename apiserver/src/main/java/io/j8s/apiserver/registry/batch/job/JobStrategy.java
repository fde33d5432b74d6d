package io.j8s.apiserver.registry.batch.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.validation.NameValidator;
import io.j8s.apiserver.registry.Strategy;
import io.j8s.apiserver.registry.apps.Defaulting;
import io.j8s.apiserver.registry.apps.GoValue;
import io.j8s.apiserver.registry.apps.LabelSelectors;
import io.j8s.apiserver.registry.apps.PodTemplates;
import io.j8s.apiserver.registry.apps.WorkloadStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * batch/v1 Jobs, as Kubernetes' {@code pkg/registry/batch/job} strategy: unless
 * {@code spec.manualSelector} is true, the selector is generated from the Job's uid and the
 * template is labelled to match it.
 */
public final class JobStrategy implements Strategy {

    public static final String CONTROLLER_UID_LABEL = "batch.kubernetes.io/controller-uid";
    public static final String JOB_NAME_LABEL = "batch.kubernetes.io/job-name";
    public static final String LEGACY_CONTROLLER_UID_LABEL = "controller-uid";
    public static final String LEGACY_JOB_NAME_LABEL = "job-name";

    @Override
    public void applyDefaults(ObjectNode obj) {
        ObjectNode spec = Defaulting.object(obj, "spec");
        if (Defaulting.unset(spec, "completions") && Defaulting.unset(spec, "parallelism")) {
            spec.put("completions", 1);
            spec.put("parallelism", 1);
        }
        Defaulting.putIfUnset(spec, "parallelism", 1);
        Defaulting.putIfUnset(spec, "backoffLimit", spec.hasNonNull("backoffLimitPerIndex") ? Integer.MAX_VALUE : 6);
        copyTemplateLabels(obj);
        Defaulting.putIfUnset(spec, "completionMode", "NonIndexed");
        Defaulting.putIfUnset(spec, "suspend", false);
        boolean failurePolicy = spec.hasNonNull("podFailurePolicy");
        if (failurePolicy) {
            for (JsonNode rule : spec.path("podFailurePolicy").path("rules")) {
                for (JsonNode pattern : rule.path("onPodConditions")) {
                    if (pattern instanceof ObjectNode p) {
                        Defaulting.putIfUnset(p, "status", "True");
                    }
                }
            }
        }
        Defaulting.putIfUnset(spec, "podReplacementPolicy", failurePolicy ? "Failed" : "TerminatingOrFailed");
        PodTemplates.applyDefaults(spec);
    }

    /**
     * Clears status and, unless the selector is manual, generates it (metadata.uid is set by now).
     * A Job without labels then takes its template's, generated ones included: Kubernetes applies
     * that default again when it reads the stored Job, so clients see them from the first response.
     */
    @Override
    public void prepareForCreate(ObjectNode obj) {
        obj.remove("status");
        if (!obj.path("spec").path("manualSelector").asBoolean(false)) {
            generateSelector(obj);
        }
        copyTemplateLabels(obj);
    }

    private static void copyTemplateLabels(ObjectNode obj) {
        JsonNode templateLabels = obj.path("spec").path("template").path("metadata").path("labels");
        ObjectNode meta = Defaulting.object(obj, "metadata");
        if (templateLabels.isObject() && !templateLabels.isEmpty() && meta.path("labels").isEmpty()) {
            meta.set("labels", templateLabels.deepCopy());
        }
    }

    /**
     * Labels the template with the job's name and uid (keeping labels the user set, which
     * validation then judges) and selects {@code batch.kubernetes.io/controller-uid=<uid>}.
     */
    static void generateSelector(ObjectNode obj) {
        String name = obj.path("metadata").path("name").asText("");
        String uid = obj.path("metadata").path("uid").asText("");
        ObjectNode spec = Defaulting.object(obj, "spec");
        ObjectNode labels = Defaulting.object(Defaulting.object(Defaulting.object(spec, "template"), "metadata"), "labels");
        for (String key : List.of(LEGACY_JOB_NAME_LABEL, JOB_NAME_LABEL)) {
            if (!labels.has(key)) {
                labels.put(key, name);
            }
        }
        for (String key : List.of(LEGACY_CONTROLLER_UID_LABEL, CONTROLLER_UID_LABEL)) {
            if (!labels.has(key)) {
                labels.put(key, uid);
            }
        }
        ObjectNode matchLabels = Defaulting.object(Defaulting.object(spec, "selector"), "matchLabels");
        if (!matchLabels.has(CONTROLLER_UID_LABEL)) {
            matchLabels.put(CONTROLLER_UID_LABEL, uid);
        }
    }

    @Override
    public List<FieldError> validate(ObjectNode obj) {
        List<FieldError> errors = new ArrayList<>();
        errors.addAll(validateGeneratedSelector(obj, true));
        errors.addAll(validateSpec(obj.path("spec")));
        errors.addAll(validateIndexedHostnames(obj));
        return errors;
    }

    @Override
    public List<FieldError> validateUpdate(ObjectNode obj, ObjectNode old) {
        List<FieldError> errors = new ArrayList<>();
        boolean oldHadPrefixedLabels = old.path("spec").path("template").path("metadata").path("labels").has(CONTROLLER_UID_LABEL);
        errors.addAll(validateGeneratedSelector(obj, oldHadPrefixedLabels));
        errors.addAll(validateSpec(obj.path("spec")));
        errors.addAll(JobUpdateRules.validate(obj, old));
        return errors;
    }

    @Override
    public List<FieldError> validateStatusUpdate(ObjectNode obj, ObjectNode old) {
        List<FieldError> errors = new ArrayList<>();
        errors.addAll(WorkloadStatus.nonNegative(obj.path("status"), "status",
                "active", "succeeded", "failed", "ready", "terminating"));
        return errors;
    }

    @Override
    public Map<String, String> selectableFields(ObjectNode obj) {
        return Map.of("status.successful", Long.toString(obj.path("status").path("succeeded").asLong(0)));
    }

    private static List<FieldError> validateSpec(JsonNode spec) {
        List<FieldError> errors = new ArrayList<>(JobSpecValidation.validate(spec, "spec"));
        JsonNode selector = spec.path("selector");
        if (LabelSelectors.absent(selector)) {
            errors.add(FieldError.required("spec.selector", ""));
        } else {
            errors.addAll(LabelSelectors.validate(selector, "spec.selector"));
        }
        // Whether manual or generated, the selector must select the pods the job makes; a missing one selects none.
        JsonNode labels = spec.path("template").path("metadata").path("labels");
        if (!LabelSelectors.matches(selector, labels)) {
            errors.add(FieldError.invalid("spec.template.metadata.labels", GoValue.stringMap(labels),
                    "`selector` does not match template `labels`"));
        }
        return errors;
    }

    /** When the selector is generated, the template must carry the generated labels and the selector select them. */
    private static List<FieldError> validateGeneratedSelector(JsonNode obj, boolean requirePrefixedLabels) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode spec = obj.path("spec");
        if (spec.path("manualSelector").asBoolean(false) || LabelSelectors.absent(spec.path("selector"))) {
            return errors;
        }
        String uid = obj.path("metadata").path("uid").asText("");
        String name = obj.path("metadata").path("name").asText("");
        if (uid.isEmpty()) {
            errors.add(FieldError.required("metadata.uid", ""));
        }
        JsonNode labels = spec.path("template").path("metadata").path("labels");
        errors.addAll(hasLabel(labels, LEGACY_CONTROLLER_UID_LABEL, uid));
        errors.addAll(hasLabel(labels, LEGACY_JOB_NAME_LABEL, name));
        if (requirePrefixedLabels) {
            errors.addAll(hasLabel(labels, CONTROLLER_UID_LABEL, uid));
            errors.addAll(hasLabel(labels, JOB_NAME_LABEL, name));
        }
        JsonNode selector = spec.path("selector");
        ObjectNode expected = JsonNodeFactory.instance.objectNode().put(CONTROLLER_UID_LABEL, uid);
        if (!LabelSelectors.matches(selector, expected)) {
            errors.add(FieldError.invalid("spec.selector", GoValue.labelSelector(selector), "`selector` not auto-generated"));
        }
        return errors;
    }

    private static List<FieldError> hasLabel(JsonNode labels, String key, String expected) {
        String path = "spec.template.metadata.labels[" + key + "]";
        JsonNode actual = labels.get(key);
        if (actual == null) {
            return List.of(FieldError.required(path, expected));
        }
        if (!actual.asText().equals(expected)) {
            return List.of(FieldError.invalid(path, GoValue.stringMap(labels), "must be '" + expected + "'"));
        }
        return List.of();
    }

    /** Indexed pods are named {@code <job>-<index>}; the largest such hostname must be a DNS label. */
    private static List<FieldError> validateIndexedHostnames(JsonNode obj) {
        JsonNode spec = obj.path("spec");
        long completions = spec.path("completions").asLong(0);
        if (!spec.path("completionMode").asText("").equals("Indexed") || completions <= 0) {
            return List.of();
        }
        String name = obj.path("metadata").path("name").asText("");
        String hostname = name + "-" + (completions - 1);
        if (!NameValidator.DNS1123_LABEL.validate(hostname, false).isEmpty()) {
            return List.of(FieldError.invalid("metadata.name", name,
                    "will not able to create pod with invalid DNS label: " + hostname));
        }
        return List.of();
    }
}
