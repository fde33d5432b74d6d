package io.j8s.apiserver.registry.rbac.clusterrole;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apiserver.registry.Strategy;
import io.j8s.apiserver.registry.apps.LabelSelectors;
import io.j8s.apiserver.registry.rbac.PolicyRules;
import java.util.ArrayList;
import java.util.List;

/** ClusterRoles: policy rules (non-resource URLs allowed) and an optional aggregation rule. */
public final class ClusterRoleStrategy implements Strategy {

    @Override
    public List<FieldError> validate(ObjectNode obj) {
        List<FieldError> errors = new ArrayList<>(PolicyRules.validate(obj.path("rules"), false));
        JsonNode aggregation = obj.path("aggregationRule");
        if (aggregation.isObject()) {
            JsonNode selectors = aggregation.path("clusterRoleSelectors");
            if (selectors.isEmpty()) {
                errors.add(FieldError.required("aggregationRule.clusterRoleSelectors",
                        "at least one clusterRoleSelector required if aggregationRule is non-nil"));
            }
            for (int i = 0; i < selectors.size(); i++) {
                errors.addAll(LabelSelectors.validate(selectors.get(i), "aggregationRule.clusterRoleSelectors[" + i + "]"));
            }
        }
        return errors;
    }
}
