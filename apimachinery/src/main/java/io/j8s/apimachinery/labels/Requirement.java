package io.j8s.apimachinery.labels;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One condition of a label selector, such as {@code tier in (db,web)}. Build with
 * {@link #of(String, Operator, List)}, which validates as Kubernetes' {@code NewRequirement}.
 *
 * @param key the label key
 * @param operator how the key relates to the values
 * @param values sorted, without duplicates; empty for {@code exists} and {@code !}
 */
public record Requirement(String key, Operator operator, List<String> values) {

    public Requirement {
        values = List.copyOf(new TreeSet<>(values));
    }

    /**
     * A validated requirement; problems are reported in one message worded like Kubernetes'
     * aggregated field errors, with {@code path} (such as {@code "<nil>"}) naming the selector.
     *
     * @throws IllegalArgumentException with Kubernetes' message when the requirement is invalid
     */
    public static Requirement of(String key, Operator operator, List<String> values) {
        Optional<String> problem = RequirementRules.problems(key, operator, values);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        return new Requirement(key, operator, values);
    }

    /** Whether a set of labels satisfies this requirement, with Kubernetes' semantics for absent keys. */
    public boolean matches(Map<String, String> labels) {
        String value = labels.get(key);
        return switch (operator) {
            case IN, EQUALS, DOUBLE_EQUALS -> value != null && values.contains(value);
            case NOT_IN, NOT_EQUALS -> value == null || !values.contains(value);
            case EXISTS -> labels.containsKey(key);
            case DOES_NOT_EXIST -> !labels.containsKey(key);
            case GREATER_THAN, LESS_THAN -> value != null && compares(value);
        };
    }

    private boolean compares(String value) {
        if (values.size() != 1) {
            return false;
        }
        try {
            long actual = Long.parseLong(value);
            long bound = Long.parseLong(values.get(0));
            return operator == Operator.GREATER_THAN ? actual > bound : actual < bound;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The requirement in selector syntax: {@code !a}, {@code a}, {@code a=b}, {@code a in (b,c)}, {@code a>1}. */
    @Override
    public String toString() {
        String joined = String.join(",", values);
        return switch (operator) {
            case DOES_NOT_EXIST -> "!" + key;
            case EXISTS -> key;
            case EQUALS -> key + "=" + joined;
            case DOUBLE_EQUALS -> key + "==" + joined;
            case NOT_EQUALS -> key + "!=" + joined;
            case IN -> key + " in (" + joined + ")";
            case NOT_IN -> key + " notin (" + joined + ")";
            case GREATER_THAN -> key + ">" + joined;
            case LESS_THAN -> key + "<" + joined;
        };
    }
}
