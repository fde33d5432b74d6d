package io.j8s.apimachinery.labels;

import io.j8s.apimachinery.api.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Kubernetes' {@code labels.NewRequirement} checks, producing its aggregated error message. */
final class RequirementRules {

    /** The field path Kubernetes prints for a selector parsed without one: a nil {@code field.Path}. */
    static final String NIL_PATH = "<nil>";

    private RequirementRules() {}

    static Optional<String> problems(String key, Operator op, List<String> values) {
        List<FieldError> errs = new ArrayList<>();
        keyProblem(key, "key").ifPresent(errs::add);
        String valuePath = "values";
        switch (op) {
            case IN, NOT_IN -> {
                if (values.isEmpty()) {
                    errs.add(FieldError.invalid(valuePath, goSlice(values), "for 'in', 'notin' operators, values set can't be empty"));
                }
            }
            case EQUALS, DOUBLE_EQUALS, NOT_EQUALS -> {
                if (values.size() != 1) {
                    errs.add(FieldError.invalid(valuePath, goSlice(values), "exact-match compatibility requires one single value"));
                }
            }
            case EXISTS, DOES_NOT_EXIST -> {
                if (!values.isEmpty()) {
                    errs.add(FieldError.invalid(valuePath, goSlice(values), "values set must be empty for exists and does not exist"));
                }
            }
            case GREATER_THAN, LESS_THAN -> {
                if (values.size() != 1) {
                    errs.add(FieldError.invalid(valuePath, goSlice(values), "for 'Gt', 'Lt' operators, exactly one value is required"));
                }
                for (int i = 0; i < values.size(); i++) {
                    try {
                        Long.parseLong(values.get(i));
                    } catch (NumberFormatException e) {
                        errs.add(FieldError.invalid(valuePath + "[" + i + "]", values.get(i),
                                "for 'Gt', 'Lt' operators, the value must be an integer"));
                    }
                }
            }
        }
        for (int i = 0; i < values.size(); i++) {
            List<String> msgs = LabelSyntax.isValidLabelValue(values.get(i));
            if (!msgs.isEmpty()) {
                errs.add(FieldError.invalid(valuePath + "[" + i + "][" + key + "]", values.get(i), String.join("; ", msgs)));
            }
        }
        if (errs.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(errs.size() == 1 ? errs.get(0).message()
                : errs.stream().map(FieldError::message).collect(Collectors.joining(", ", "[", "]")));
    }

    /** Kubernetes' {@code validateLabelKey}: one error joining all problems of the key. */
    static Optional<FieldError> keyProblem(String key, String path) {
        List<String> msgs = LabelSyntax.isQualifiedName(key);
        return msgs.isEmpty() ? Optional.empty() : Optional.of(FieldError.invalid(path, key, String.join("; ", msgs)));
    }

    /** A string slice as Go's {@code %v} prints it inside a field error: {@code []string{"a", "b"}}. */
    private static Object goSlice(List<String> values) {
        return new GoValue(values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", ", "[]string{", "}")));
    }

    /** A value already printed as Go would, so that the field error does not quote it again. */
    private record GoValue(String text) {
        @Override
        public String toString() {
            return text;
        }
    }
}
