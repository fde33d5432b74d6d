package io.j8s.apiserver.registry.scheduling.priorityclass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apiserver.registry.Strategy;
import io.j8s.apiserver.registry.apps.Defaulting;
import io.j8s.apiserver.registry.apps.FieldRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * scheduling.k8s.io/v1 PriorityClasses, as Kubernetes' scheduling validation. Names starting with
 * {@code system-} are reserved for the two built-in classes; other classes may not exceed one billion.
 * Only one class may be the global default; that is the Priority admission plugin's rule, not this one's.
 */
public final class PriorityClassStrategy implements Strategy {

    public static final String SYSTEM_PREFIX = "system-";
    public static final long HIGHEST_USER_DEFINABLE_PRIORITY = 1_000_000_000L;

    /** The built-in system classes and their values. */
    public static final Map<String, Long> SYSTEM_CLASSES = Map.of(
            "system-node-critical", 2_000_001_000L,
            "system-cluster-critical", 2_000_000_000L);

    private static final List<String> PREEMPTION_POLICIES = List.of("PreemptLowerPriority", "Never");

    @Override
    public void applyDefaults(ObjectNode obj) {
        Defaulting.putIfUnset(obj, "preemptionPolicy", "PreemptLowerPriority");
    }

    @Override
    public List<FieldError> validate(ObjectNode obj) {
        List<FieldError> errors = new ArrayList<>();
        String name = obj.path("metadata").path("name").asText("");
        long value = obj.path("value").asLong(0);
        if (name.startsWith(SYSTEM_PREFIX)) {
            systemClassProblem(name, value, obj.path("globalDefault").asBoolean(false)).ifPresent(p ->
                    errors.add(FieldError.forbidden("metadata.name", "priority class names with '" + SYSTEM_PREFIX
                            + "' prefix are reserved for system use only. error: " + p)));
        } else if (value > HIGHEST_USER_DEFINABLE_PRIORITY) {
            errors.add(FieldError.forbidden("value", "maximum allowed value of a user defined priority is " + HIGHEST_USER_DEFINABLE_PRIORITY));
        }
        JsonNode policy = obj.get("preemptionPolicy");
        if (policy != null && !policy.isNull() && !PREEMPTION_POLICIES.contains(policy.asText())) {
            errors.add(FieldError.notSupported("preemptionPolicy", policy.asText(), PREEMPTION_POLICIES));
        }
        return errors;
    }

    @Override
    public List<FieldError> validateUpdate(ObjectNode obj, ObjectNode old) {
        List<FieldError> errors = new ArrayList<>();
        if (obj.path("value").asLong(0) != old.path("value").asLong(0)) {
            errors.add(FieldError.forbidden("value", "may not be changed in an update."));
        }
        errors.addAll(FieldRules.immutable(obj.path("preemptionPolicy"), old.path("preemptionPolicy"), "preemptionPolicy"));
        return errors;
    }

    private static Optional<String> systemClassProblem(String name, long value, boolean globalDefault) {
        Long expected = SYSTEM_CLASSES.get(name);
        if (expected == null) {
            return Optional.of(name + " is not a known system priority class");
        }
        if (value != expected) {
            return Optional.of("value of " + name + " PriorityClass must be " + expected);
        }
        if (globalDefault) {
            return Optional.of("globalDefault of " + name + " PriorityClass must be false");
        }
        return Optional.empty();
    }
}
