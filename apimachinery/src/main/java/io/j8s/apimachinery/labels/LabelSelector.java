package io.j8s.apimachinery.labels;

import io.j8s.apimachinery.api.ApiException;
import io.j8s.apimachinery.api.FieldError;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An immutable label selector: a conjunction of {@link Requirement}s sorted by key, or the
 * selector that matches nothing (what a missing {@code metav1.LabelSelector} means). Thread-safe.
 */
public final class LabelSelector {

    private static final LabelSelector EVERYTHING = new LabelSelector(List.of(), false);
    private static final LabelSelector NOTHING = new LabelSelector(List.of(), true);

    private final List<Requirement> requirements;
    private final boolean nothing;

    private LabelSelector(List<Requirement> requirements, boolean nothing) {
        List<Requirement> sorted = new ArrayList<>(requirements);
        sorted.sort(Comparator.comparing(Requirement::key));
        this.requirements = List.copyOf(sorted);
        this.nothing = nothing;
    }

    /** The selector that matches every object. */
    public static LabelSelector everything() {
        return EVERYTHING;
    }

    /** The selector that matches no object. */
    public static LabelSelector nothing() {
        return NOTHING;
    }

    /** A selector of the given requirements (all must hold). */
    public static LabelSelector of(List<Requirement> requirements) {
        return new LabelSelector(requirements, false);
    }

    /** A selector requiring each label of the map with its exact value, as {@code SelectorFromSet}. */
    public static LabelSelector ofLabels(Map<String, String> labels) {
        return of(labels.entrySet().stream()
                .map(e -> new Requirement(e.getKey(), Operator.EQUALS, List.of(e.getValue())))
                .toList());
    }

    /**
     * Parses the string syntax of {@code ?labelSelector=}; null or blank is everything.
     *
     * @throws ApiException 400 with Kubernetes' parser message
     */
    public static LabelSelector parse(String selector) {
        if (selector == null) {
            return EVERYTHING;
        }
        try {
            return of(SelectorParser.parse(selector));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    /**
     * The selector of a spec's {@code metav1.LabelSelector}, as Kubernetes'
     * {@code LabelSelectorAsSelector}: null matches nothing, empty matches everything.
     *
     * @throws ApiException 400 when an operator, key or value is invalid
     */
    public static LabelSelector fromModel(io.fabric8.kubernetes.api.model.LabelSelector model) {
        if (model == null) {
            return NOTHING;
        }
        Map<String, String> matchLabels = model.getMatchLabels() == null ? Map.of() : model.getMatchLabels();
        List<LabelSelectorRequirement> exprs = model.getMatchExpressions() == null ? List.of() : model.getMatchExpressions();
        if (matchLabels.isEmpty() && exprs.isEmpty()) {
            return EVERYTHING;
        }
        try {
            List<Requirement> reqs = new ArrayList<>();
            matchLabels.forEach((k, v) -> reqs.add(Requirement.of(k, Operator.EQUALS, List.of(v == null ? "" : v))));
            for (LabelSelectorRequirement expr : exprs) {
                Operator op = switch (String.valueOf(expr.getOperator())) {
                    case "In" -> Operator.IN;
                    case "NotIn" -> Operator.NOT_IN;
                    case "Exists" -> Operator.EXISTS;
                    case "DoesNotExist" -> Operator.DOES_NOT_EXIST;
                    default -> throw new IllegalArgumentException(
                            "\"" + (expr.getOperator() == null ? "" : expr.getOperator()) + "\" is not a valid label selector operator");
                };
                List<String> values = expr.getValues() == null ? List.of() : expr.getValues();
                reqs.add(Requirement.of(expr.getKey() == null ? "" : expr.getKey(), op, values));
            }
            return of(reqs);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    /**
     * The selector of a node selector term's {@code matchExpressions}, as Kubernetes'
     * {@code nodeSelectorRequirementsAsSelector}: {@code Gt} and {@code Lt} compare integers, and
     * an empty list matches nothing.
     *
     * @throws ApiException 400 when an operator, key or value is invalid
     */
    public static LabelSelector fromNodeSelectorRequirements(List<io.fabric8.kubernetes.api.model.NodeSelectorRequirement> exprs) {
        if (exprs == null || exprs.isEmpty()) {
            return NOTHING;
        }
        List<Requirement> reqs = new ArrayList<>();
        List<String> errs = new ArrayList<>();
        for (int i = 0; i < exprs.size(); i++) {
            var expr = exprs.get(i);
            String op = expr.getOperator() == null ? "" : expr.getOperator();
            Operator operator = switch (op) {
                case "In" -> Operator.IN;
                case "NotIn" -> Operator.NOT_IN;
                case "Exists" -> Operator.EXISTS;
                case "DoesNotExist" -> Operator.DOES_NOT_EXIST;
                case "Gt" -> Operator.GREATER_THAN;
                case "Lt" -> Operator.LESS_THAN;
                default -> null;
            };
            if (operator == null) {
                errs.add(FieldError.notSupported("[" + i + "].operator", op, List.of()).message());
                continue;
            }
            try {
                reqs.add(Requirement.of(expr.getKey() == null ? "" : expr.getKey(), operator,
                        expr.getValues() == null ? List.of() : expr.getValues()));
            } catch (IllegalArgumentException e) {
                errs.add(e.getMessage());
            }
        }
        if (!errs.isEmpty()) {
            throw ApiException.badRequest(errs.size() == 1 ? errs.get(0) : "[" + String.join(", ", errs) + "]");
        }
        return of(reqs);
    }

    /**
     * The problems of a spec's label selector, as Kubernetes' {@code ValidateLabelSelector}, with
     * {@code path} the selector's field path (such as {@code spec.selector}).
     */
    public static List<FieldError> validate(io.fabric8.kubernetes.api.model.LabelSelector model, String path) {
        List<FieldError> errs = new ArrayList<>();
        if (model == null) {
            return errs;
        }
        if (model.getMatchLabels() != null) {
            errs.addAll(validateLabels(model.getMatchLabels(), path + ".matchLabels"));
        }
        List<LabelSelectorRequirement> exprs = model.getMatchExpressions() == null ? List.of() : model.getMatchExpressions();
        for (int i = 0; i < exprs.size(); i++) {
            LabelSelectorRequirement expr = exprs.get(i);
            String at = path + ".matchExpressions[" + i + "]";
            List<String> values = expr.getValues() == null ? List.of() : expr.getValues();
            String op = expr.getOperator() == null ? "" : expr.getOperator();
            switch (op) {
                case "In", "NotIn" -> {
                    if (values.isEmpty()) {
                        errs.add(FieldError.required(at + ".values", "must be specified when `operator` is 'In' or 'NotIn'"));
                    }
                }
                case "Exists", "DoesNotExist" -> {
                    if (!values.isEmpty()) {
                        errs.add(FieldError.forbidden(at + ".values", "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
                    }
                }
                default -> errs.add(FieldError.invalid(at + ".operator", op, "not a valid selector operator"));
            }
            String key = expr.getKey() == null ? "" : expr.getKey();
            LabelSyntax.isQualifiedName(key).forEach(m -> errs.add(FieldError.invalid(at + ".key", key, m)));
            for (int j = 0; j < values.size(); j++) {
                String v = values.get(j);
                String vp = at + ".values[" + j + "]";
                LabelSyntax.isValidLabelValue(v).forEach(m -> errs.add(FieldError.invalid(vp, v, m)));
            }
        }
        return errs;
    }

    /** The problems of a label map, as Kubernetes' {@code ValidateLabels}, with {@code path} such as {@code metadata.labels}. */
    public static List<FieldError> validateLabels(Map<String, String> labels, String path) {
        List<FieldError> errs = new ArrayList<>();
        labels.forEach((k, v) -> {
            LabelSyntax.isQualifiedName(k).forEach(m -> errs.add(FieldError.invalid(path, k, m)));
            String value = v == null ? "" : v;
            LabelSyntax.isValidLabelValue(value).forEach(m -> errs.add(FieldError.invalid(path, value, m)));
        });
        return errs;
    }

    /** Whether every requirement holds for the labels (null labels count as none). */
    public boolean matches(Map<String, String> labels) {
        if (nothing) {
            return false;
        }
        Map<String, String> ls = labels == null ? Map.of() : labels;
        for (Requirement r : requirements) {
            if (!r.matches(ls)) {
                return false;
            }
        }
        return true;
    }

    /** Whether this selector does not restrict anything, so it matches every object. */
    public boolean isEmpty() {
        return !nothing && requirements.isEmpty();
    }

    /** Whether this is the selector that matches no object. */
    public boolean matchesNothing() {
        return nothing;
    }

    public List<Requirement> requirements() {
        return requirements;
    }

    /**
     * The single value a label must have for this selector to match ({@code a=b}, {@code a==b},
     * {@code a in (b)}), so callers can use an index, as Kubernetes' {@code RequiresExactMatch}.
     */
    public Optional<String> exactValue(String key) {
        for (Requirement r : requirements) {
            if (r.key().equals(key)) {
                boolean exact = switch (r.operator()) {
                    case EQUALS, DOUBLE_EQUALS, IN -> r.values().size() == 1;
                    default -> false;
                };
                return exact ? Optional.of(r.values().get(0)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The canonical form: requirements sorted by key, joined by commas; empty for everything and nothing. */
    @Override
    public String toString() {
        return requirements.stream().map(Requirement::toString).collect(Collectors.joining(","));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LabelSelector other && other.nothing == nothing && other.requirements.equals(requirements);
    }

    @Override
    public int hashCode() {
        return requirements.hashCode() * 31 + Boolean.hashCode(nothing);
    }
}
