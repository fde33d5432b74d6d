package io.j8s.apiserver.registry.autoscaling.horizontalpodautoscaler;

import com.fasterxml.jackson.databind.JsonNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.validation.NameValidator;
import io.j8s.apiserver.registry.apps.LabelSelectors;
import io.j8s.apiserver.registry.core.ResourceValidation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The rules of an autoscaling/v2 HorizontalPodAutoscaler spec, as Kubernetes' autoscaling validation. */
final class HorizontalPodAutoscalerValidation {

    private static final List<String> SOURCE_TYPES = List.of("Object", "Pods", "Resource", "External", "ContainerResource");
    private static final List<String> SELECT_POLICIES = List.of("Max", "Min", "Disabled");
    private static final List<String> POLICY_TYPES = List.of("Pods", "Percent");
    static final int MAX_STABILIZATION_WINDOW_SECONDS = 3600;
    static final int MAX_PERIOD_SECONDS = 1800;

    private HorizontalPodAutoscalerValidation() {}

    static List<FieldError> validateSpec(JsonNode spec) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode min = spec.get("minReplicas");
        long max = spec.path("maxReplicas").asLong(0);
        if (min != null && min.isNumber() && min.asLong() < 1) {
            errors.add(FieldError.invalid("spec.minReplicas", min.asLong(), "must be greater than or equal to 1"));
        }
        if (max < 1) {
            errors.add(FieldError.invalid("spec.maxReplicas", max, "must be greater than 0"));
        }
        if (min != null && min.isNumber() && max < min.asLong()) {
            errors.add(FieldError.invalid("spec.maxReplicas", max, "must be greater than or equal to `minReplicas`"));
        }
        errors.addAll(crossVersionReference(spec.path("scaleTargetRef"), "spec.scaleTargetRef"));
        JsonNode metrics = spec.path("metrics");
        for (int i = 0; i < metrics.size(); i++) {
            errors.addAll(metric(metrics.get(i), "spec.metrics[" + i + "]"));
        }
        JsonNode behavior = spec.path("behavior");
        if (behavior.isObject()) {
            errors.addAll(scalingRules(behavior.path("scaleUp"), "spec.behavior.scaleUp"));
            errors.addAll(scalingRules(behavior.path("scaleDown"), "spec.behavior.scaleDown"));
        }
        return errors;
    }

    static List<FieldError> crossVersionReference(JsonNode ref, String path) {
        List<FieldError> errors = new ArrayList<>();
        for (String f : List.of("kind", "name")) {
            String value = ref.path(f).asText("");
            if (value.isEmpty()) {
                errors.add(FieldError.required(path + "." + f, ""));
            } else {
                NameValidator.PATH_SEGMENT.validate(value, false).forEach(m -> errors.add(FieldError.invalid(path + "." + f, value, m)));
            }
        }
        return errors;
    }

    private static List<FieldError> metric(JsonNode metric, String path) {
        List<FieldError> errors = new ArrayList<>();
        String type = metric.path("type").asText("");
        if (type.isEmpty()) {
            errors.add(FieldError.required(path + ".type", "must specify a metric source type"));
        }
        List<String> present = new ArrayList<>();
        for (String t : SOURCE_TYPES) {
            String field = field(t);
            JsonNode source = metric.get(field);
            if (source != null && !source.isNull()) {
                present.add(field);
                if (present.size() == 1) {
                    errors.addAll(source(t, source, path + "." + field));
                }
            }
        }
        if (!SOURCE_TYPES.contains(type)) {
            errors.add(FieldError.notSupported(path + ".type", type, SOURCE_TYPES));
        } else if (!present.contains(field(type))) {
            errors.add(FieldError.required(path + "." + field(type), "must populate information for the given metric source"));
        }
        if (present.size() != 1) {
            present.stream().filter(f -> !f.equals(field(type)))
                    .forEach(f -> errors.add(FieldError.forbidden(path + "." + f, "must populate the given metric source only")));
        }
        return errors;
    }

    private static String field(String type) {
        return Character.toLowerCase(type.charAt(0)) + type.substring(1);
    }

    private static List<FieldError> source(String type, JsonNode src, String path) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode target = src.path("target");
        errors.addAll(target(target, path + ".target"));
        boolean value = target.hasNonNull("value");
        boolean average = target.hasNonNull("averageValue");
        boolean utilization = target.hasNonNull("averageUtilization");
        switch (type) {
            case "Resource", "ContainerResource" -> {
                if (src.path("name").asText("").isEmpty()) {
                    errors.add(FieldError.required(path + ".name", "must specify a resource name"));
                }
                if (type.equals("ContainerResource")) {
                    String container = src.path("container").asText("");
                    if (container.isEmpty()) {
                        errors.add(FieldError.required(path + ".container", "must specify a container"));
                    } else {
                        NameValidator.DNS1123_LABEL.validate(container, false)
                                .forEach(m -> errors.add(FieldError.invalid(path + ".container", container, m)));
                    }
                }
                if (!utilization && !average) {
                    errors.add(FieldError.required(path + ".target.averageUtilization", "must set either a target raw value or a target utilization"));
                }
                if (utilization && average) {
                    errors.add(FieldError.forbidden(path + ".target.averageValue", "may not set both a target raw value and a target utilization"));
                }
            }
            case "Pods" -> {
                errors.addAll(metricIdentifier(src.path("metric"), path + ".metric"));
                if (!average) {
                    errors.add(FieldError.required(path + ".target.averageValue", "must specify a positive target averageValue"));
                }
            }
            case "Object" -> {
                errors.addAll(crossVersionReference(src.path("describedObject"), path + ".describedObject"));
                errors.addAll(metricIdentifier(src.path("metric"), path + ".metric"));
                if (!value && !average) {
                    errors.add(FieldError.required(path + ".target.averageValue", "must set either a target value or averageValue"));
                }
            }
            default -> {
                errors.addAll(metricIdentifier(src.path("metric"), path + ".metric"));
                if (!value && !average) {
                    errors.add(FieldError.required(path + ".target.averageValue", "must set either a target value for metric or a per-pod target"));
                }
                if (value && average) {
                    errors.add(FieldError.forbidden(path + ".target.value", "may not set both a target value for metric and a per-pod target"));
                }
            }
        }
        return errors;
    }

    private static List<FieldError> metricIdentifier(JsonNode id, String path) {
        List<FieldError> errors = new ArrayList<>();
        String name = id.path("name").asText("");
        if (name.isEmpty()) {
            errors.add(FieldError.required(path + ".name", "must specify a metric name"));
        } else {
            NameValidator.PATH_SEGMENT.validate(name, false).forEach(m -> errors.add(FieldError.invalid(path + ".name", name, m)));
        }
        errors.addAll(LabelSelectors.validate(id.path("selector"), path + ".selector"));
        return errors;
    }

    private static List<FieldError> target(JsonNode target, String path) {
        List<FieldError> errors = new ArrayList<>();
        String type = target.path("type").asText("");
        if (type.isEmpty()) {
            errors.add(FieldError.required(path + ".type", "must specify a metric target type"));
        }
        if (!List.of("Utilization", "Value", "AverageValue").contains(type)) {
            errors.add(FieldError.invalid(path + ".type", type, "must be either Utilization, Value, or AverageValue"));
        }
        for (String f : List.of("value", "averageValue")) {
            JsonNode q = target.get(f);
            if (q != null && !q.isNull()) {
                BigDecimal parsed = ResourceValidation.quantity(q);
                if (parsed == null || parsed.signum() != 1) {
                    errors.add(FieldError.invalid(path + "." + f, q.asText(), "must be positive"));
                }
            }
        }
        JsonNode utilization = target.get("averageUtilization");
        if (utilization != null && utilization.isNumber() && utilization.asLong() < 1) {
            errors.add(FieldError.invalid(path + ".averageUtilization", utilization.asLong(), "must be greater than 0"));
        }
        return errors;
    }

    private static List<FieldError> scalingRules(JsonNode rules, String path) {
        List<FieldError> errors = new ArrayList<>();
        if (!rules.isObject()) {
            return errors;
        }
        JsonNode window = rules.get("stabilizationWindowSeconds");
        if (window != null && window.isNumber()) {
            if (window.asLong() < 0) {
                errors.add(FieldError.invalid(path + ".stabilizationWindowSeconds", window.asLong(), "must be greater than or equal to zero"));
            }
            if (window.asLong() > MAX_STABILIZATION_WINDOW_SECONDS) {
                errors.add(FieldError.invalid(path + ".stabilizationWindowSeconds", window.asLong(),
                        "must be less than or equal to " + MAX_STABILIZATION_WINDOW_SECONDS));
            }
        }
        JsonNode select = rules.get("selectPolicy");
        if (select != null && !select.isNull() && !SELECT_POLICIES.contains(select.asText())) {
            errors.add(FieldError.notSupported(path + ".selectPolicy", select.asText(), SELECT_POLICIES));
        }
        JsonNode policies = rules.path("policies");
        if (policies.isEmpty() && !(select != null && select.asText().equals("Disabled"))) {
            errors.add(FieldError.required(path + ".policies", "must specify at least one Policy"));
        }
        for (int i = 0; i < policies.size(); i++) {
            JsonNode policy = policies.get(i);
            String at = path + ".policies[" + i + "]";
            String type = policy.path("type").asText("");
            if (!POLICY_TYPES.contains(type)) {
                errors.add(FieldError.notSupported(at + ".type", type, POLICY_TYPES));
            }
            long value = policy.path("value").asLong(0);
            if (value <= 0) {
                errors.add(FieldError.invalid(at + ".value", value, "must be greater than zero"));
            }
            long period = policy.path("periodSeconds").asLong(0);
            if (period <= 0) {
                errors.add(FieldError.invalid(at + ".periodSeconds", period, "must be greater than zero"));
            }
            if (period > MAX_PERIOD_SECONDS) {
                errors.add(FieldError.invalid(at + ".periodSeconds", period, "must be less than or equal to " + MAX_PERIOD_SECONDS));
            }
        }
        return errors;
    }
}
