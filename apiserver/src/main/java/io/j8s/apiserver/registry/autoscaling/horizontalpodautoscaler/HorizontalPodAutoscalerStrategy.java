package io.j8s.apiserver.registry.autoscaling.horizontalpodautoscaler;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apiserver.registry.Strategy;
import io.j8s.apiserver.registry.apps.Defaulting;
import io.j8s.apiserver.registry.apps.WorkloadStatus;
import java.util.List;

/**
 * HorizontalPodAutoscalers at both served versions. An autoscaling/v1 object is validated in its
 * v2 form, as Kubernetes validates the internal version, so errors name v2 field paths.
 */
public final class HorizontalPodAutoscalerStrategy implements Strategy {

    /** The CPU utilization Kubernetes targets when a v2 HPA names no metric. */
    static final int DEFAULT_CPU_UTILIZATION = 80;

    @Override
    public void applyDefaults(ObjectNode obj) {
        ObjectNode spec = Defaulting.object(obj, "spec");
        Defaulting.putIfUnset(spec, "minReplicas", 1);
        if (isV1(obj)) {
            return;
        }
        if (spec.path("metrics").isEmpty()) {
            ArrayNode metrics = spec.putArray("metrics");
            metrics.addObject().put("type", "Resource").putObject("resource").put("name", "cpu")
                    .putObject("target").put("type", "Utilization").put("averageUtilization", DEFAULT_CPU_UTILIZATION);
        }
        if (spec.get("behavior") instanceof ObjectNode behavior) {
            scaleUpDefaults(Defaulting.object(behavior, "scaleUp"));
            scaleDownDefaults(Defaulting.object(behavior, "scaleDown"));
        }
    }

    private static void scaleUpDefaults(ObjectNode rules) {
        Defaulting.putIfUnset(rules, "stabilizationWindowSeconds", 0);
        Defaulting.putIfUnset(rules, "selectPolicy", "Max");
        if (!rules.has("policies") || rules.get("policies").isNull()) {
            ArrayNode policies = rules.putArray("policies");
            policies.addObject().put("type", "Pods").put("value", 4).put("periodSeconds", 15);
            policies.addObject().put("type", "Percent").put("value", 100).put("periodSeconds", 15);
        }
    }

    private static void scaleDownDefaults(ObjectNode rules) {
        Defaulting.putIfUnset(rules, "selectPolicy", "Max");
        if (!rules.has("policies") || rules.get("policies").isNull()) {
            rules.putArray("policies").addObject().put("type", "Percent").put("value", 100).put("periodSeconds", 15);
        }
    }

    @Override
    public void prepareForCreate(ObjectNode obj) {
        obj.remove("status");
    }

    @Override
    public List<FieldError> validate(ObjectNode obj) {
        return HorizontalPodAutoscalerValidation.validateSpec(asV2(obj).path("spec"));
    }

    @Override
    public List<FieldError> validateUpdate(ObjectNode obj, ObjectNode old) {
        return validate(obj);
    }

    @Override
    public List<FieldError> validateStatusUpdate(ObjectNode obj, ObjectNode old) {
        JsonNode status = asV2(obj).path("status");
        return WorkloadStatus.nonNegative(status, "status", "currentReplicas", "desiredReplicas");
    }

    private static boolean isV1(JsonNode obj) {
        return obj.path("apiVersion").asText("").equals("autoscaling/v1");
    }

    private static JsonNode asV2(ObjectNode obj) {
        return isV1(obj) ? AutoscalingV1Conversion.toV2(obj) : obj;
    }
}
