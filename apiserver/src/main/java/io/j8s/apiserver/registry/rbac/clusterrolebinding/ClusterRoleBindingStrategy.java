package io.j8s.apiserver.registry.rbac.clusterrolebinding;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apiserver.registry.Strategy;
import io.j8s.apiserver.registry.rbac.Bindings;
import java.util.ArrayList;
import java.util.List;

/** ClusterRoleBindings: a ClusterRole reference that may not change; service accounts name their namespace. */
public final class ClusterRoleBindingStrategy implements Strategy {

    private static final List<String> KINDS = List.of("ClusterRole");

    @Override
    public void applyDefaults(ObjectNode obj) {
        Bindings.applyDefaults(obj);
    }

    @Override
    public List<FieldError> validate(ObjectNode obj) {
        return Bindings.validate(obj, KINDS, false);
    }

    @Override
    public List<FieldError> validateUpdate(ObjectNode obj, ObjectNode old) {
        List<FieldError> errors = new ArrayList<>(validate(obj));
        errors.addAll(Bindings.validateUpdate(obj, old));
        return errors;
    }
}
