package io.j8s.apiserver.registry.apps;

import com.fasterxml.jackson.databind.JsonNode;
import io.j8s.apimachinery.api.FieldError;
import java.util.ArrayList;
import java.util.List;

/** The light checks Kubernetes makes of workload status writes: counts are not negative nor inconsistent. */
public final class WorkloadStatus {

    private WorkloadStatus() {}

    /** An error for each named count that is negative. */
    public static List<FieldError> nonNegative(JsonNode status, String path, String... fields) {
        List<FieldError> errors = new ArrayList<>();
        for (String f : fields) {
            errors.addAll(FieldRules.nonNegative(status.get(f), path + "." + f));
        }
        return errors;
    }

    /** An error when {@code field} is larger than {@code bound}. */
    public static List<FieldError> notAbove(JsonNode status, String path, String field, String bound, String message) {
        long value = status.path(field).asLong(0);
        if (value > status.path(bound).asLong(0)) {
            return List.of(FieldError.invalid(path + "." + field, value, message));
        }
        return List.of();
    }

    /** An error when {@code status.collisionCount} went down, or was removed. */
    public static List<FieldError> collisionCountNotDecremented(JsonNode status, JsonNode oldStatus) {
        JsonNode before = oldStatus.get("collisionCount");
        if (before == null || !before.isNumber()) {
            return List.of();
        }
        JsonNode now = status.get("collisionCount");
        long value = now == null || !now.isNumber() ? 0 : now.asLong();
        if (now == null || !now.isNumber() || value < before.asLong()) {
            return List.of(FieldError.invalid("status.collisionCount", value, "cannot be decremented"));
        }
        return List.of();
    }
}
