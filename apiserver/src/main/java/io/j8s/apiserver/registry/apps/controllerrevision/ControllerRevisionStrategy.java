package io.j8s.apiserver.registry.apps.controllerrevision;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apiserver.registry.Strategy;
import io.j8s.apiserver.registry.apps.FieldRules;
import java.util.ArrayList;
import java.util.List;

/** apps/v1 ControllerRevisions: data is required and may not change, revision is not negative. */
public final class ControllerRevisionStrategy implements Strategy {

    @Override
    public List<FieldError> validate(ObjectNode obj) {
        List<FieldError> errors = new ArrayList<>();
        errors.addAll(validateFields(obj));
        return errors;
    }

    @Override
    public List<FieldError> validateUpdate(ObjectNode obj, ObjectNode old) {
        List<FieldError> errors = new ArrayList<>();
        errors.addAll(validateFields(obj));
        errors.addAll(FieldRules.immutable(obj.path("data"), old.path("data"), "data"));
        return errors;
    }

    private static List<FieldError> validateFields(ObjectNode obj) {
        List<FieldError> errors = new ArrayList<>();
        if (!obj.hasNonNull("data")) {
            errors.add(FieldError.required("data", "data is mandatory"));
        }
        errors.addAll(FieldRules.nonNegative(obj.get("revision"), "revision"));
        return errors;
    }
}
