package io.j8s.apiserver.registry.apps;

import com.fasterxml.jackson.databind.JsonNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.validation.FieldPath;
import io.j8s.apimachinery.validation.LabelSelectorValidation;
import java.util.List;

/**
 * {@code metav1.LabelSelector} on the wire tree: validation (by apimachinery's
 * {@link LabelSelectorValidation}) and matching against a label map as {@code LabelSelectorAsSelector(...).Matches} does.
 */
public final class LabelSelectors {

    private LabelSelectors() {}

    /** Whether the selector has neither matchLabels nor matchExpressions (and so selects everything). */
    public static boolean isEmpty(JsonNode selector) {
        return selector.path("matchLabels").isEmpty() && selector.path("matchExpressions").isEmpty();
    }

    public static boolean absent(JsonNode selector) {
        return selector == null || selector.isMissingNode() || selector.isNull();
    }

    /** Problems of a selector's keys, values and operators, as {@code ValidateLabelSelector}. */
    public static List<FieldError> validate(JsonNode selector, String path) {
        return LabelSelectorValidation.validate(selector, new FieldPath(path));
    }

    /**
     * Whether the labels satisfy the selector. An absent selector matches nothing, an empty one
     * everything; an unknown operator matches nothing.
     */
    public static boolean matches(JsonNode selector, JsonNode labels) {
        if (absent(selector)) {
            return false;
        }
        for (var e : selector.path("matchLabels").properties()) {
            JsonNode value = labels.get(e.getKey());
            if (value == null || !value.asText().equals(e.getValue().asText())) {
                return false;
            }
        }
        for (JsonNode req : selector.path("matchExpressions")) {
            if (!satisfies(req, labels.get(req.path("key").asText()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean satisfies(JsonNode req, JsonNode value) {
        boolean present = value != null && !value.isNull();
        boolean listed = false;
        if (present) {
            for (JsonNode v : req.path("values")) {
                listed |= v.asText().equals(value.asText());
            }
        }
        return switch (req.path("operator").asText("")) {
            case "In" -> present && listed;
            case "NotIn" -> !present || !listed;
            case "Exists" -> present;
            case "DoesNotExist" -> !present;
            default -> false;
        };
    }

}
