package io.j8s.apiserver.registry.batch.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apiserver.registry.apps.FieldRules;
import java.util.ArrayList;
import java.util.List;

/**
 * What a Job update may not change ({@code ValidateJobSpecUpdate}): the selector, the completion
 * mode and policies, completions (but an Indexed job may change them together with parallelism),
 * and the pod template, of which only scheduling directives, labels and annotations may change
 * while the job is suspended and has never started.
 */
final class JobUpdateRules {

    private static final List<String> IMMUTABLE = List.of("selector", "completionMode", "podFailurePolicy",
            "backoffLimitPerIndex", "managedBy", "successPolicy");

    private static final List<String> SCHEDULING_DIRECTIVES = List.of("nodeSelector", "tolerations", "affinity", "schedulingGates");

    private JobUpdateRules() {}

    static List<FieldError> validate(JsonNode obj, JsonNode old) {
        JsonNode spec = obj.path("spec");
        JsonNode oldSpec = old.path("spec");
        List<FieldError> errors = new ArrayList<>(validateCompletions(spec, oldSpec));
        for (String f : IMMUTABLE) {
            errors.addAll(FieldRules.immutable(spec.path(f), oldSpec.path(f), "spec." + f));
        }
        boolean suspended = oldSpec.path("suspend").asBoolean(false);
        boolean neverStarted = old.path("status").path("startTime").isMissingNode() || old.path("status").path("startTime").isNull();
        JsonNode template = spec.path("template");
        JsonNode oldTemplate = oldSpec.path("template");
        if (suspended && neverStarted) {
            template = withoutMutableParts(template);
            oldTemplate = withoutMutableParts(oldTemplate);
        }
        if (!FieldRules.same(template, oldTemplate)) {
            errors.add(FieldError.invalid("spec.template", FieldRules.shown(spec.path("template")), FieldRules.IMMUTABLE));
        }
        return errors;
    }

    private static List<FieldError> validateCompletions(JsonNode spec, JsonNode oldSpec) {
        JsonNode completions = spec.path("completions");
        if (!spec.path("completionMode").asText("").equals("Indexed")) {
            return FieldRules.immutable(completions, oldSpec.path("completions"), "spec.completions");
        }
        if (FieldRules.same(completions, oldSpec.path("completions")) || !completions.isNumber()) {
            return List.of();
        }
        if (completions.asLong() != spec.path("parallelism").asLong(-1)) {
            return List.of(FieldError.invalid("spec.completions", completions.asLong(), "can only be modified in tandem with spec.parallelism"));
        }
        return List.of();
    }

    private static JsonNode withoutMutableParts(JsonNode template) {
        if (!(template instanceof ObjectNode t)) {
            return template;
        }
        ObjectNode copy = t.deepCopy();
        if (copy.get("metadata") instanceof ObjectNode meta) {
            meta.remove(List.of("labels", "annotations"));
        }
        if (copy.get("spec") instanceof ObjectNode podSpec) {
            podSpec.remove(SCHEDULING_DIRECTIVES);
        }
        return copy;
    }
}
