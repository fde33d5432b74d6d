package io.j8s.apiserver.registry.core.pod;

import com.fasterxml.jackson.databind.JsonNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.validation.FieldPath;
import io.j8s.apimachinery.validation.Formats;
import java.util.ArrayList;
import java.util.List;

/** User and group IDs of pod and container security contexts, and privileged containers, as Kubernetes checks them. */
final class SecurityContextValidation {

    private SecurityContextValidation() {}

    private static final String ID_RANGE = Formats.inclusiveRangeError(0, Integer.MAX_VALUE);

    static List<FieldError> pod(JsonNode sc, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        for (String f : List.of("runAsUser", "runAsGroup", "fsGroup")) {
            errs.addAll(id(sc.path(f), path.child(f)));
        }
        int i = 0;
        for (JsonNode g : sc.path("supplementalGroups")) {
            errs.addAll(id(g, path.child("supplementalGroups").index(i++)));
        }
        return errs;
    }

    static List<FieldError> container(JsonNode sc, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        for (String f : List.of("runAsUser", "runAsGroup")) {
            errs.addAll(id(sc.path(f), path.child(f)));
        }
        if (sc.path("privileged").asBoolean(false) && sc.has("allowPrivilegeEscalation")
                && !sc.path("allowPrivilegeEscalation").asBoolean(true)) {
            errs.add(FieldError.invalid(path.path(), sc, "cannot set `allowPrivilegeEscalation` to false and `privileged` to true"));
        }
        return errs;
    }

    private static List<FieldError> id(JsonNode value, FieldPath path) {
        if (value.isNumber() && (value.asLong() < 0 || value.asLong() > Integer.MAX_VALUE)) {
            return List.of(FieldError.invalid(path.path(), value.asLong(), ID_RANGE));
        }
        return List.of();
    }
}
