package io.j8s.apiserver.registry.batch.job;

import com.fasterxml.jackson.databind.JsonNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apiserver.registry.apps.FieldRules;
import io.j8s.apiserver.registry.apps.GoValue;
import io.j8s.apiserver.registry.apps.PodTemplates;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a {@code JobSpec} that hold both for a Job and for a CronJob's job template
 * ({@code validateJobSpec} in Kubernetes): counts, completion mode, failure and replacement
 * policies, and a pod template that does not restart its pods forever.
 */
public final class JobSpecValidation {

    static final int MAX_PARALLELISM_FOR_INDEXED_JOB = 100_000;
    static final int MAX_FAILED_INDEXES = 100_000;
    private static final List<String> ACTIONS = List.of("Count", "FailIndex", "FailJob", "Ignore");

    private JobSpecValidation() {}

    /** Problems of a job spec at {@code path}, selector aside. */
    public static List<FieldError> validate(JsonNode spec, String path) {
        List<FieldError> errors = new ArrayList<>();
        for (String f : List.of("parallelism", "completions", "activeDeadlineSeconds", "backoffLimit",
                "ttlSecondsAfterFinished", "backoffLimitPerIndex")) {
            errors.addAll(FieldRules.nonNegative(spec.get(f), path + "." + f));
        }
        boolean perIndex = spec.hasNonNull("backoffLimitPerIndex");
        if (spec.hasNonNull("maxFailedIndexes")) {
            errors.addAll(FieldRules.nonNegative(spec.get("maxFailedIndexes"), path + ".maxFailedIndexes"));
            if (!perIndex) {
                errors.add(FieldError.required(path + ".backoffLimitPerIndex", "when maxFailedIndexes is specified"));
            }
        }
        String mode = spec.path("completionMode").asText("NonIndexed");
        if (!mode.equals("NonIndexed") && !mode.equals("Indexed")) {
            errors.add(FieldError.notSupported(path + ".completionMode", mode, List.of("NonIndexed", "Indexed")));
        }
        if (mode.equals("Indexed")) {
            errors.addAll(validateIndexed(spec, path));
        } else {
            if (perIndex) {
                errors.add(FieldError.forbidden(path + ".backoffLimitPerIndex", "requires indexed completion mode"));
            }
            if (spec.hasNonNull("maxFailedIndexes")) {
                errors.add(FieldError.forbidden(path + ".maxFailedIndexes", "requires indexed completion mode"));
            }
        }
        JsonNode failurePolicy = spec.path("podFailurePolicy");
        boolean hasFailurePolicy = !failurePolicy.isMissingNode() && !failurePolicy.isNull();
        if (hasFailurePolicy) {
            errors.addAll(validatePodFailurePolicy(failurePolicy, path + ".podFailurePolicy"));
        }
        errors.addAll(validatePodReplacementPolicy(spec, hasFailurePolicy, path + ".podReplacementPolicy"));
        JsonNode template = spec.path("template");
        errors.addAll(PodTemplates.validate(template, path + ".template"));
        String restartPolicy = template.path("spec").path("restartPolicy").asText("");
        String restartPath = path + ".template.spec.restartPolicy";
        if (restartPolicy.isEmpty() || restartPolicy.equals("Always")) {
            errors.add(FieldError.required(restartPath, "valid values: \"OnFailure\", \"Never\""));
        } else if (!restartPolicy.equals("OnFailure") && !restartPolicy.equals("Never")) {
            errors.add(FieldError.notSupported(restartPath, restartPolicy, List.of("OnFailure", "Never")));
        } else if (hasFailurePolicy && !restartPolicy.equals("Never")) {
            errors.add(FieldError.invalid(restartPath, restartPolicy, "only \"Never\" is supported when podFailurePolicy is specified"));
        }
        return errors;
    }

    private static List<FieldError> validateIndexed(JsonNode spec, String path) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode completions = spec.get("completions");
        boolean hasCompletions = completions != null && completions.isNumber();
        if (!hasCompletions) {
            errors.add(FieldError.required(path + ".completions", "when completion mode is Indexed"));
        }
        long parallelism = spec.path("parallelism").asLong(0);
        if (parallelism > MAX_PARALLELISM_FOR_INDEXED_JOB) {
            errors.add(FieldError.invalid(path + ".parallelism", parallelism,
                    "must be less than or equal to " + MAX_PARALLELISM_FOR_INDEXED_JOB + " when completion mode is Indexed"));
        }
        JsonNode maxFailed = spec.get("maxFailedIndexes");
        if (maxFailed != null && maxFailed.isNumber()) {
            if (hasCompletions && maxFailed.asLong() > completions.asLong()) {
                errors.add(FieldError.invalid(path + ".maxFailedIndexes", maxFailed.asLong(), "must be less than or equal to completions"));
            }
            if (maxFailed.asLong() > MAX_FAILED_INDEXES) {
                errors.add(FieldError.invalid(path + ".maxFailedIndexes", maxFailed.asLong(),
                        "must be less than or equal to " + MAX_FAILED_INDEXES));
            }
        }
        return errors;
    }

    private static List<FieldError> validatePodReplacementPolicy(JsonNode spec, boolean hasFailurePolicy, String path) {
        JsonNode policy = spec.get("podReplacementPolicy");
        if (policy == null || policy.isNull()) {
            return List.of();
        }
        String value = policy.asText();
        if (hasFailurePolicy && !value.equals("Failed")) {
            return List.of(FieldError.notSupported(path, value, List.of("Failed")));
        }
        if (!value.equals("Failed") && !value.equals("TerminatingOrFailed")) {
            return List.of(FieldError.notSupported(path, value, List.of("Failed", "TerminatingOrFailed")));
        }
        return List.of();
    }

    private static List<FieldError> validatePodFailurePolicy(JsonNode policy, String path) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode rules = policy.path("rules");
        if (rules.size() > 20) {
            errors.add(FieldError.tooMany(path + ".rules", rules.size(), 20));
        }
        for (int i = 0; i < rules.size(); i++) {
            JsonNode rule = rules.get(i);
            String at = path + ".rules[" + i + "]";
            String action = rule.path("action").asText("");
            if (!ACTIONS.contains(action)) {
                errors.add(FieldError.notSupported(at + ".action", action, ACTIONS));
            }
            boolean exitCodes = rule.hasNonNull("onExitCodes");
            boolean conditions = !rule.path("onPodConditions").isEmpty();
            if (exitCodes == conditions) {
                errors.add(FieldError.invalid(at, new GoValue(rule.toString()),
                        "specifying one of OnExitCodes and OnPodConditions is required"));
            }
            if (exitCodes) {
                errors.addAll(validateExitCodes(rule.path("onExitCodes"), action, at + ".onExitCodes"));
            }
            JsonNode patterns = rule.path("onPodConditions");
            for (int j = 0; j < patterns.size(); j++) {
                String status = patterns.get(j).path("status").asText("True");
                if (!List.of("True", "False", "Unknown").contains(status)) {
                    errors.add(FieldError.notSupported(at + ".onPodConditions[" + j + "].status", status, List.of("True", "False", "Unknown")));
                }
                if (patterns.get(j).path("type").asText("").isEmpty()) {
                    errors.add(FieldError.required(at + ".onPodConditions[" + j + "].type", ""));
                }
            }
        }
        return errors;
    }

    private static List<FieldError> validateExitCodes(JsonNode req, String action, String path) {
        List<FieldError> errors = new ArrayList<>();
        String operator = req.path("operator").asText("");
        if (!operator.equals("In") && !operator.equals("NotIn")) {
            errors.add(FieldError.notSupported(path + ".operator", operator, List.of("In", "NotIn")));
        }
        JsonNode values = req.path("values");
        if (values.isEmpty()) {
            errors.add(FieldError.required(path + ".values", "at least one value is required"));
        }
        if (values.size() > 255) {
            errors.add(FieldError.tooMany(path + ".values", values.size(), 255));
        }
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < values.size(); i++) {
            long v = values.get(i).asLong();
            if (v == 0 && operator.equals("In")) {
                errors.add(FieldError.invalid(path + ".values[" + i + "]", v, "must not be 0 for the In operator"));
            }
            if (v == previous) {
                errors.add(FieldError.duplicate(path + ".values[" + i + "]", v));
            } else if (v < previous) {
                errors.add(FieldError.invalid(path + ".values[" + i + "]", v, "must be ordered"));
            }
            previous = v;
        }
        return errors;
    }
}
