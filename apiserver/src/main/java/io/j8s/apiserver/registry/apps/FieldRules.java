package io.j8s.apiserver.registry.apps;

import com.fasterxml.jackson.databind.JsonNode;
import io.j8s.apimachinery.api.FieldError;
import java.util.List;
import java.util.Objects;

/** Small rules Kubernetes applies field by field: non-negative numbers, immutable values. */
public final class FieldRules {

    /** Kubernetes' {@code isNegativeErrorMsg}. */
    public static final String NEGATIVE = "must be greater than or equal to 0";

    /** Kubernetes' {@code isImmutableErrorMsg}. */
    public static final String IMMUTABLE = "field is immutable";

    private FieldRules() {}

    /** An error when the number is present and negative. */
    public static List<FieldError> nonNegative(JsonNode value, String path) {
        if (value != null && value.isNumber() && value.asLong() < 0) {
            return List.of(FieldError.invalid(path, value.asLong(), NEGATIVE));
        }
        return List.of();
    }

    /** An error when the number is present and not strictly positive. */
    public static List<FieldError> positive(JsonNode value, String path) {
        if (value != null && value.isNumber() && value.asLong() <= 0) {
            return List.of(FieldError.invalid(path, value.asLong(), "must be greater than 0"));
        }
        return List.of();
    }

    /**
     * An error when the value changed, absent and null being the same. The bad value is the new
     * value as Kubernetes shows it: a string or number as such, anything else as JSON.
     */
    public static List<FieldError> immutable(JsonNode now, JsonNode before, String path) {
        if (Objects.equals(normal(now), normal(before))) {
            return List.of();
        }
        return List.of(FieldError.invalid(path, shown(now), IMMUTABLE));
    }

    /** Whether two subtrees are equal, absent and null being the same. */
    public static boolean same(JsonNode a, JsonNode b) {
        return Objects.equals(normal(a), normal(b));
    }

    /** A value as it reads in a message: strings and numbers plainly, anything else as JSON. */
    public static Object shown(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return "null";
        }
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        return new GoValue(value.toString());
    }

    private static JsonNode normal(JsonNode n) {
        return n == null || n.isMissingNode() || n.isNull() ? null : n;
    }
}
