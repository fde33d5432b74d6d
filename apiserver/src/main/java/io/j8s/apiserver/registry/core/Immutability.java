package io.j8s.apiserver.registry.core;

import com.fasterxml.jackson.databind.JsonNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.validation.ObjectMetaValidation;
import java.util.ArrayList;
import java.util.List;

/** The {@code immutable: true} rule of ConfigMaps and Secrets: once set, it and the data stay. */
public final class Immutability {

    private Immutability() {}

    private static final String DETAIL = "field is immutable when `immutable` is set";

    /** Problems of an update when the old object was immutable; {@code fields} are the data fields. */
    public static List<FieldError> check(JsonNode obj, JsonNode old, String... fields) {
        List<FieldError> errs = new ArrayList<>();
        if (!old.path("immutable").asBoolean(false)) {
            return errs;
        }
        if (!obj.path("immutable").asBoolean(false)) {
            errs.add(FieldError.forbidden("immutable", DETAIL));
        }
        for (String field : fields) {
            if (!ObjectMetaValidation.sameValue(obj.path(field), old.path(field))
                    && !(obj.path(field).isEmpty() && old.path(field).isEmpty())) {
                errs.add(FieldError.forbidden(field, DETAIL));
            }
        }
        return errs;
    }
}
