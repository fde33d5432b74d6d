package io.j8s.apiserver.registry.policy.poddisruptionbudget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apiserver.registry.Strategy;
import io.j8s.apiserver.registry.apps.GoValue;
import io.j8s.apiserver.registry.apps.IntOrPercent;
import io.j8s.apiserver.registry.apps.LabelSelectors;
import io.j8s.apiserver.registry.apps.WorkloadStatus;
import java.util.ArrayList;
import java.util.List;

/** policy/v1 PodDisruptionBudgets, as Kubernetes' policy validation; the spec may change on update. */
public final class PodDisruptionBudgetStrategy implements Strategy {

    private static final List<String> EVICTION_POLICIES = List.of("AlwaysAllow", "IfHealthyBudget");

    @Override
    public void prepareForCreate(ObjectNode obj) {
        obj.remove("status");
    }

    @Override
    public List<FieldError> validate(ObjectNode obj) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode spec = obj.path("spec");
        JsonNode minAvailable = spec.path("minAvailable");
        JsonNode maxUnavailable = spec.path("maxUnavailable");
        if (!IntOrPercent.absent(minAvailable) && !IntOrPercent.absent(maxUnavailable)) {
            errors.add(FieldError.invalid("spec", new GoValue(spec.toString()), "minAvailable and maxUnavailable cannot be both set"));
        }
        for (String f : List.of("minAvailable", "maxUnavailable")) {
            errors.addAll(IntOrPercent.validateNonNegative(spec.path(f), "spec." + f));
            errors.addAll(IntOrPercent.notMoreThan100Percent(spec.path(f), "spec." + f));
        }
        errors.addAll(LabelSelectors.validate(spec.path("selector"), "spec.selector"));
        JsonNode policy = spec.get("unhealthyPodEvictionPolicy");
        if (policy != null && !policy.isNull() && !EVICTION_POLICIES.contains(policy.asText())) {
            errors.add(FieldError.notSupported("spec.unhealthyPodEvictionPolicy", policy.asText(), EVICTION_POLICIES));
        }
        return errors;
    }

    @Override
    public List<FieldError> validateStatusUpdate(ObjectNode obj, ObjectNode old) {
        return WorkloadStatus.nonNegative(obj.path("status"), "status",
                "disruptionsAllowed", "currentHealthy", "desiredHealthy", "expectedPods", "observedGeneration");
    }
}
