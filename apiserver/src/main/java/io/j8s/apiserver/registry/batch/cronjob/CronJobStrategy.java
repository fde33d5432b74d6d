package io.j8s.apiserver.registry.batch.cronjob;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.validation.FieldPath;
import io.j8s.apimachinery.validation.ObjectMetaValidation;
import io.j8s.apiserver.registry.Strategy;
import io.j8s.apiserver.registry.apps.Defaulting;
import io.j8s.apiserver.registry.apps.FieldRules;
import io.j8s.apiserver.registry.apps.GoValue;
import io.j8s.apiserver.registry.apps.LabelSelectors;
import io.j8s.apiserver.registry.apps.PodTemplates;
import io.j8s.apiserver.registry.batch.job.JobSpecValidation;
import java.util.ArrayList;
import java.util.List;

/**
 * batch/v1 CronJobs, as Kubernetes' {@code pkg/registry/batch/cronjob} strategy. Names are at
 * most 52 characters, since the controller appends an 11-character suffix to name its Jobs.
 */
public final class CronJobStrategy implements Strategy {

    static final int MAX_NAME_LENGTH = 52;
    private static final List<String> CONCURRENCY_POLICIES = List.of("Allow", "Forbid", "Replace");

    @Override
    public void applyDefaults(ObjectNode obj) {
        ObjectNode spec = Defaulting.object(obj, "spec");
        Defaulting.putIfUnset(spec, "concurrencyPolicy", "Allow");
        Defaulting.putIfUnset(spec, "suspend", false);
        Defaulting.putIfUnset(spec, "successfulJobsHistoryLimit", 3);
        Defaulting.putIfUnset(spec, "failedJobsHistoryLimit", 1);
        // Kubernetes gives a job template the pod and pod-failure-policy defaults, not a Job's.
        if (spec.get("jobTemplate") instanceof ObjectNode jobTemplate && jobTemplate.get("spec") instanceof ObjectNode jobSpec) {
            PodTemplates.applyDefaults(jobSpec);
            for (JsonNode rule : jobSpec.path("podFailurePolicy").path("rules")) {
                for (JsonNode pattern : rule.path("onPodConditions")) {
                    if (pattern instanceof ObjectNode p) {
                        Defaulting.putIfUnset(p, "status", "True");
                    }
                }
            }
        }
    }

    @Override
    public void prepareForCreate(ObjectNode obj) {
        obj.remove("status");
    }

    @Override
    public List<FieldError> validate(ObjectNode obj) {
        List<FieldError> errors = new ArrayList<>();
        errors.addAll(validateSpec(obj.path("spec"), null));
        String name = obj.path("metadata").path("name").asText("");
        if (name.length() > MAX_NAME_LENGTH) {
            errors.add(FieldError.invalid("metadata.name", name, "must be no more than " + MAX_NAME_LENGTH + " characters"));
        }
        return errors;
    }

    /** Unlike create, an update does not limit the name's length, so that older long-named CronJobs stay editable. */
    @Override
    public List<FieldError> validateUpdate(ObjectNode obj, ObjectNode old) {
        List<FieldError> errors = new ArrayList<>();
        errors.addAll(validateSpec(obj.path("spec"), old.path("spec")));
        return errors;
    }

    @Override
    public List<FieldError> validateStatusUpdate(ObjectNode obj, ObjectNode old) {
        return List.of();
    }

    private static List<FieldError> validateSpec(JsonNode spec, JsonNode oldSpec) {
        List<FieldError> errors = new ArrayList<>();
        String schedule = spec.path("schedule").asText("");
        JsonNode timeZone = spec.get("timeZone");
        boolean hasTimeZone = timeZone != null && !timeZone.isNull();
        if (schedule.isEmpty()) {
            errors.add(FieldError.required("spec.schedule", ""));
        } else {
            boolean allowTzInSchedule = oldSpec != null && oldSpec.path("schedule").asText("").contains("TZ");
            CronSchedule.problem(schedule).ifPresent(p -> errors.add(FieldError.invalid("spec.schedule", schedule, p)));
            if (allowTzInSchedule && schedule.contains("TZ") && hasTimeZone) {
                errors.add(FieldError.invalid("spec.schedule", schedule, "cannot use both timeZone field and TZ or CRON_TZ in schedule"));
            } else if (!allowTzInSchedule && schedule.contains("TZ")) {
                errors.add(FieldError.invalid("spec.schedule", schedule, "cannot use TZ or CRON_TZ in schedule, use timeZone field instead"));
            }
        }
        errors.addAll(FieldRules.nonNegative(spec.get("startingDeadlineSeconds"), "spec.startingDeadlineSeconds"));
        if (hasTimeZone && (oldSpec == null || !FieldRules.same(timeZone, oldSpec.path("timeZone")))) {
            errors.addAll(validateTimeZone(timeZone.asText()));
        }
        String policy = spec.path("concurrencyPolicy").asText("");
        if (policy.isEmpty()) {
            errors.add(FieldError.required("spec.concurrencyPolicy", ""));
        } else if (!CONCURRENCY_POLICIES.contains(policy)) {
            errors.add(FieldError.notSupported("spec.concurrencyPolicy", policy, CONCURRENCY_POLICIES));
        }
        errors.addAll(validateJobTemplate(spec.path("jobTemplate"), "spec.jobTemplate"));
        errors.addAll(FieldRules.nonNegative(spec.get("successfulJobsHistoryLimit"), "spec.successfulJobsHistoryLimit"));
        errors.addAll(FieldRules.nonNegative(spec.get("failedJobsHistoryLimit"), "spec.failedJobsHistoryLimit"));
        return errors;
    }

    private static List<FieldError> validateTimeZone(String zone) {
        List<FieldError> errors = new ArrayList<>();
        if (zone.isEmpty()) {
            errors.add(FieldError.invalid("spec.timeZone", zone, "timeZone must be nil or non-empty string"));
            return errors;
        }
        if (zone.equalsIgnoreCase("Local")) {
            errors.add(FieldError.invalid("spec.timeZone", zone, "timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones"));
            return errors;
        }
        TimeZones.problem(zone).ifPresent(p -> errors.add(FieldError.invalid("spec.timeZone", zone, p)));
        return errors;
    }

    /** A job template is a job spec whose selector the controller generates, so the user may not set one. */
    private static List<FieldError> validateJobTemplate(JsonNode template, String path) {
        List<FieldError> errors = new ArrayList<>();
        errors.addAll(ObjectMetaValidation.validateLabels(template.path("metadata").path("labels"),
                new FieldPath(path + ".metadata.labels")));
        JsonNode jobSpec = template.path("spec");
        errors.addAll(JobSpecValidation.validate(jobSpec, path + ".spec"));
        JsonNode selector = jobSpec.path("selector");
        if (!LabelSelectors.absent(selector)) {
            errors.add(FieldError.invalid(path + ".spec.selector", GoValue.labelSelector(selector), "`selector` will be auto-generated"));
        }
        if (jobSpec.path("manualSelector").asBoolean(false)) {
            errors.add(FieldError.notSupported(path + ".spec.manualSelector", true, List.of("nil", "false")));
        }
        return errors;
    }
}
