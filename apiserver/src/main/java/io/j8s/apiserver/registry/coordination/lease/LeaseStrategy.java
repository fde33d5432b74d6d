package io.j8s.apiserver.registry.coordination.lease;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apiserver.registry.Strategy;
import io.j8s.apiserver.registry.apps.FieldRules;
import java.util.ArrayList;
import java.util.List;

/**
 * coordination.k8s.io/v1 Leases, as Kubernetes' lease strategy: a PUT may create one, and an
 * update must name the resourceVersion it replaces, since leader election relies on it.
 */
public final class LeaseStrategy implements Strategy {

    private static final List<String> STRATEGIES = List.of("OldestEmulationVersion");

    @Override
    public List<FieldError> validate(ObjectNode obj) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode spec = obj.path("spec");
        errors.addAll(FieldRules.positive(spec.get("leaseDurationSeconds"), "spec.leaseDurationSeconds"));
        errors.addAll(FieldRules.nonNegative(spec.get("leaseTransitions"), "spec.leaseTransitions"));
        JsonNode strategy = spec.get("strategy");
        boolean hasStrategy = strategy != null && !strategy.isNull() && !strategy.asText().isEmpty();
        if (hasStrategy && !STRATEGIES.contains(strategy.asText())) {
            errors.add(FieldError.notSupported("spec.strategy", strategy.asText(), STRATEGIES));
        }
        if (!spec.path("preferredHolder").asText("").isEmpty() && !hasStrategy) {
            errors.add(FieldError.forbidden("spec.preferredHolder", "may only be specified if `strategy` is defined"));
        }
        return errors;
    }

    @Override
    public boolean allowCreateOnUpdate() {
        return true;
    }

    @Override
    public boolean allowUnconditionalUpdate() {
        return false;
    }
}
