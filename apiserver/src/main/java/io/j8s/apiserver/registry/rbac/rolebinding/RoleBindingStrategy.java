package io.j8s.apiserver.registry.rbac.rolebinding;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apiserver.registry.Strategy;
import io.j8s.apiserver.registry.rbac.Bindings;
import java.util.ArrayList;
import java.util.List;

/** RoleBindings: a Role or ClusterRole reference that may not change, and valid subjects. */
public final class RoleBindingStrategy implements Strategy {

    private static final List<String> KINDS = List.of("Role", "ClusterRole");

    @Override
    public void applyDefaults(ObjectNode obj) {
        Bindings.applyDefaults(obj);
    }

    @Override
    public List<FieldError> validate(ObjectNode obj) {
        return Bindings.validate(obj, KINDS, true);
    }

    @Override
    public List<FieldError> validateUpdate(ObjectNode obj, ObjectNode old) {
        List<FieldError> errors = new ArrayList<>(validate(obj));
        errors.addAll(Bindings.validateUpdate(obj, old));
        return errors;
    }
}
