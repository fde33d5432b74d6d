package io.j8s.apiserver.registry.rbac.role;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apiserver.registry.Strategy;
import io.j8s.apiserver.registry.rbac.PolicyRules;
import java.util.List;

/** Roles: each rule names verbs and either resources in API groups; never non-resource URLs. */
public final class RoleStrategy implements Strategy {

    @Override
    public List<FieldError> validate(ObjectNode obj) {
        return PolicyRules.validate(obj.path("rules"), true);
    }
}
