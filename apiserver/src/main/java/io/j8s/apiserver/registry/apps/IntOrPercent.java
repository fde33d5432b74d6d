package io.j8s.apiserver.registry.apps;

import com.fasterxml.jackson.databind.JsonNode;
import io.j8s.apimachinery.api.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rules for {@code intstr.IntOrString} fields that hold a count or a percentage, such as a
 * rolling update's {@code maxSurge} or a disruption budget's {@code minAvailable}.
 */
public final class IntOrPercent {

    private static final Pattern PERCENT = Pattern.compile("^[0-9]+%$");

    /** Kubernetes' {@code IsValidPercent} message. */
    public static final String PERCENT_MESSAGE = "a valid percent string must be a numeric string followed by an ending '%'"
            + " (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')";

    private IntOrPercent() {}

    /** Whether the node is absent or null. */
    public static boolean absent(JsonNode value) {
        return value == null || value.isMissingNode() || value.isNull();
    }

    /** A non-negative integer or a valid percentage, as {@code ValidatePositiveIntOrPercent}. */
    public static List<FieldError> validateNonNegative(JsonNode value, String path) {
        List<FieldError> errors = new ArrayList<>();
        if (absent(value)) {
            return errors;
        }
        if (value.isTextual()) {
            if (!PERCENT.matcher(value.asText()).matches()) {
                errors.add(FieldError.invalid(path, GoValue.intOrString(value), PERCENT_MESSAGE));
            }
        } else if (value.isIntegralNumber()) {
            if (value.asLong() < 0) {
                errors.add(FieldError.invalid(path, value.asLong(), FieldRules.NEGATIVE));
            }
        } else {
            errors.add(FieldError.invalid(path, value.toString(), "must be an integer or percentage (e.g '5%')"));
        }
        return errors;
    }

    /** A percentage may not exceed 100%; integers are not checked. */
    public static List<FieldError> notMoreThan100Percent(JsonNode value, String path) {
        if (!absent(value) && value.isTextual() && isPercent(value) && percent(value) > 100) {
            return List.of(FieldError.invalid(path, GoValue.intOrString(value), "must not be greater than 100%"));
        }
        return List.of();
    }

    /** The integer or percentage number, 0 when not a valid value. */
    public static long numericValue(JsonNode value) {
        if (absent(value)) {
            return 0;
        }
        if (value.isTextual()) {
            return isPercent(value) ? percent(value) : 0;
        }
        return value.asLong();
    }

    public static boolean isPercent(JsonNode value) {
        return value != null && value.isTextual() && PERCENT.matcher(value.asText()).matches();
    }

    private static long percent(JsonNode value) {
        String text = value.asText();
        try {
            return Long.parseLong(text.substring(0, text.length() - 1));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
