package io.j8s.apimachinery.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.j8s.apimachinery.api.FieldError;
import java.util.ArrayList;
import java.util.List;

/** Validation of a {@code LabelSelector} (matchLabels and matchExpressions), as metav1's {@code ValidateLabelSelector}. */
public final class LabelSelectorValidation {

    private LabelSelectorValidation() {}

    /** Problems of a selector at {@code path}; a missing selector has none. */
    public static List<FieldError> validate(JsonNode selector, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        if (selector == null || selector.isMissingNode() || selector.isNull()) {
            return errs;
        }
        errs.addAll(ObjectMetaValidation.validateLabels(selector.path("matchLabels"), path.child("matchLabels")));
        int i = 0;
        for (JsonNode req : selector.path("matchExpressions")) {
            errs.addAll(validateRequirement(req, path.child("matchExpressions").index(i++)));
        }
        return errs;
    }

    private static List<FieldError> validateRequirement(JsonNode req, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        String operator = req.path("operator").asText("");
        int values = req.path("values").size();
        switch (operator) {
            case "In", "NotIn" -> {
                if (values == 0) {
                    errs.add(FieldError.required(path.child("values").path(), "must be specified when `operator` is 'In' or 'NotIn'"));
                }
            }
            case "Exists", "DoesNotExist" -> {
                if (values > 0) {
                    errs.add(FieldError.forbidden(path.child("values").path(),
                            "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
                }
            }
            default -> errs.add(FieldError.invalid(path.child("operator").path(), operator, "not a valid selector operator"));
        }
        String key = req.path("key").asText("");
        for (String msg : Formats.isQualifiedName(key)) {
            errs.add(FieldError.invalid(path.child("key").path(), key, msg));
        }
        int i = 0;
        for (JsonNode v : req.path("values")) {
            for (String msg : Formats.isValidLabelValue(v.asText())) {
                errs.add(FieldError.invalid(path.child("values").index(i).path(), v.asText(), msg));
            }
            i++;
        }
        return errs;
    }
}
