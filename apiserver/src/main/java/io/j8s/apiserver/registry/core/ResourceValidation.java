package io.j8s.apiserver.registry.core;

import com.fasterxml.jackson.databind.JsonNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.quantity.Quantity;
import io.j8s.apimachinery.validation.FieldPath;
import io.j8s.apimachinery.validation.Formats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks shared by core resources: non-negative numbers, resource names and quantities, and
 * container resource requirements (requests within limits), as Kubernetes' validation words them.
 */
public final class ResourceValidation {

    private ResourceValidation() {}

    public static final String NEGATIVE = "must be greater than or equal to 0";

    private static final Set<String> STANDARD_CONTAINER_RESOURCES = Set.of("cpu", "memory", "ephemeral-storage");

    /** {@code must be greater than or equal to 0} for a negative number; absent is fine. */
    public static List<FieldError> nonNegative(JsonNode value, FieldPath path) {
        if (value.isNumber() && value.asLong() < 0) {
            return List.of(FieldError.invalid(path.path(), value.asLong(), NEGATIVE));
        }
        return List.of();
    }

    /** The value of a quantity field (string or number), or null when it does not parse. */
    public static BigDecimal quantity(JsonNode value) {
        String text = value.isNumber() ? value.asText() : value.asText("");
        return Quantity.tryParse(text).map(Quantity::amount).orElse(null);
    }

    /** A quantity that parses and is not negative. */
    public static List<FieldError> validQuantity(JsonNode value, FieldPath path) {
        BigDecimal q = quantity(value);
        if (q == null) {
            return List.of(FieldError.invalid(path.path(), value.asText(), Quantity.FORMAT_ERROR));
        }
        if (q.signum() < 0) {
            return List.of(FieldError.invalid(path.path(), value.asText(), NEGATIVE));
        }
        return List.of();
    }

    /** A resource name: a qualified name, standard for containers unless prefixed by a domain. */
    public static List<FieldError> containerResourceName(String name, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        for (String msg : Formats.isQualifiedName(name)) {
            errs.add(FieldError.invalid(path.path(), name, msg));
        }
        if (!errs.isEmpty()) {
            return errs;
        }
        if (!name.contains("/")) {
            if (!STANDARD_CONTAINER_RESOURCES.contains(name) && !name.startsWith("hugepages-")) {
                errs.add(FieldError.invalid(path.path(), name, "must be a standard resource for containers"));
            }
        } else if (name.startsWith("kubernetes.io/") || name.contains(".kubernetes.io/")) {
            errs.add(FieldError.invalid(path.path(), name, "must be a standard resource for containers"));
        }
        return errs;
    }

    /** {@code resources} of a container: names, quantities, and each request at most its limit. */
    public static List<FieldError> resourceRequirements(JsonNode resources, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        JsonNode limits = resources.path("limits");
        JsonNode requests = resources.path("requests");
        for (Iterator<Map.Entry<String, JsonNode>> it = limits.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            FieldPath at = path.child("limits").key(e.getKey());
            errs.addAll(containerResourceName(e.getKey(), at));
            errs.addAll(validQuantity(e.getValue(), at));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = requests.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            FieldPath at = path.child("requests").key(e.getKey());
            errs.addAll(containerResourceName(e.getKey(), at));
            List<FieldError> quantityErrors = validQuantity(e.getValue(), at);
            errs.addAll(quantityErrors);
            JsonNode limit = limits.path(e.getKey());
            BigDecimal request = quantity(e.getValue());
            BigDecimal max = limit.isMissingNode() ? null : quantity(limit);
            if (quantityErrors.isEmpty() && max != null && request.compareTo(max) > 0) {
                errs.add(FieldError.invalid(at.path(), e.getValue().asText(),
                        "must be less than or equal to " + e.getKey() + " limit of " + limit.asText()));
            }
        }
        return errs;
    }
}
