package io.j8s.apiserver.registry.autoscaling.horizontalpodautoscaler;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.json.Json;

/**
 * autoscaling/v1 to and from autoscaling/v2 HorizontalPodAutoscalers, as Kubernetes'
 * {@code pkg/apis/autoscaling/v1/conversion.go}: v1's {@code targetCPUUtilizationPercentage} is a
 * Resource cpu Utilization metric; what v1 cannot express (other metrics, behavior, status
 * conditions and current metrics) travels in {@code autoscaling.alpha.kubernetes.io/*}
 * annotations, in v1's metric shape, so that a round trip through v1 loses nothing.
 */
public final class AutoscalingV1Conversion {

    public static final String METRICS_ANNOTATION = "autoscaling.alpha.kubernetes.io/metrics";
    public static final String CURRENT_METRICS_ANNOTATION = "autoscaling.alpha.kubernetes.io/current-metrics";
    public static final String CONDITIONS_ANNOTATION = "autoscaling.alpha.kubernetes.io/conditions";
    public static final String BEHAVIOR_ANNOTATION = "autoscaling.alpha.kubernetes.io/behavior";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AutoscalingV1Conversion() {}

    /** The autoscaling/v2 form of a v1 object; the v1 object is not changed. */
    public static ObjectNode toV2(ObjectNode v1) {
        ObjectNode out = v1.deepCopy();
        out.put("apiVersion", "autoscaling/v2");
        ObjectNode annotations = out.path("metadata").get("annotations") instanceof ObjectNode a ? a : null;
        if (out.get("spec") instanceof ObjectNode spec) {
            ArrayNode metrics = NODES.arrayNode();
            JsonNode other = take(annotations, METRICS_ANNOTATION);
            if (other != null) {
                other.forEach(m -> metrics.add(MetricShapes.specToV2(m)));
            }
            JsonNode cpu = spec.remove("targetCPUUtilizationPercentage");
            if (cpu != null && cpu.isNumber()) {
                ObjectNode metric = metrics.addObject().put("type", "Resource");
                metric.putObject("resource").put("name", "cpu").putObject("target")
                        .put("type", "Utilization").put("averageUtilization", cpu.asInt());
            }
            if (!metrics.isEmpty()) {
                spec.set("metrics", metrics);
            }
            JsonNode behavior = take(annotations, BEHAVIOR_ANNOTATION);
            if (behavior != null) {
                spec.set("behavior", behavior);
            }
        } else {
            take(annotations, METRICS_ANNOTATION);
            take(annotations, BEHAVIOR_ANNOTATION);
        }
        ObjectNode status = out.get("status") instanceof ObjectNode s ? s : null;
        JsonNode current = take(annotations, CURRENT_METRICS_ANNOTATION);
        JsonNode conditions = take(annotations, CONDITIONS_ANNOTATION);
        if (status != null) {
            JsonNode cpu = status.remove("currentCPUUtilizationPercentage");
            ArrayNode currentMetrics = NODES.arrayNode();
            if (current != null) {
                current.forEach(m -> currentMetrics.add(MetricShapes.statusToV2(m)));
            }
            if (cpu != null && cpu.isNumber() && currentMetrics.isEmpty()) {
                ObjectNode metric = currentMetrics.addObject().put("type", "Resource");
                metric.putObject("resource").put("name", "cpu").putObject("current").put("averageUtilization", cpu.asInt());
            }
            if (!currentMetrics.isEmpty()) {
                status.set("currentMetrics", currentMetrics);
            }
            if (conditions != null) {
                status.set("conditions", conditions);
            }
        }
        if (annotations != null && annotations.isEmpty()) {
            ((ObjectNode) out.get("metadata")).remove("annotations");
        }
        return out;
    }

    /** The autoscaling/v1 form of a v2 object; the v2 object is not changed. */
    public static ObjectNode toV1(ObjectNode v2) {
        ObjectNode out = v2.deepCopy();
        out.put("apiVersion", "autoscaling/v1");
        ObjectNode meta = out.get("metadata") instanceof ObjectNode m ? m : out.putObject("metadata");
        if (out.get("spec") instanceof ObjectNode spec) {
            JsonNode metrics = spec.remove("metrics");
            ArrayNode other = NODES.arrayNode();
            boolean cpuSet = false;
            if (metrics != null) {
                for (JsonNode m : metrics) {
                    if (isCpuUtilization(m)) {
                        if (!cpuSet) {
                            spec.put("targetCPUUtilizationPercentage", m.path("resource").path("target").path("averageUtilization").asInt());
                            cpuSet = true;
                        }
                        continue;
                    }
                    other.add(MetricShapes.specToV1(m));
                }
            }
            if (!other.isEmpty()) {
                annotate(meta, METRICS_ANNOTATION, other);
            }
            JsonNode behavior = spec.remove("behavior");
            if (behavior != null && !behavior.isNull()) {
                annotate(meta, BEHAVIOR_ANNOTATION, behavior);
            }
        }
        if (out.get("status") instanceof ObjectNode status) {
            JsonNode current = status.remove("currentMetrics");
            if (current != null && !current.isEmpty()) {
                ArrayNode v1Metrics = NODES.arrayNode();
                for (JsonNode m : current) {
                    if (m.path("type").asText().equals("Resource") && m.path("resource").path("name").asText().equals("cpu")
                            && m.path("resource").path("current").has("averageUtilization")
                            && !status.has("currentCPUUtilizationPercentage")) {
                        status.put("currentCPUUtilizationPercentage", m.path("resource").path("current").path("averageUtilization").asInt());
                    }
                    v1Metrics.add(MetricShapes.statusToV1(m));
                }
                annotate(meta, CURRENT_METRICS_ANNOTATION, v1Metrics);
            }
            JsonNode conditions = status.remove("conditions");
            if (conditions != null && !conditions.isEmpty()) {
                annotate(meta, CONDITIONS_ANNOTATION, conditions);
            }
        }
        return out;
    }

    private static boolean isCpuUtilization(JsonNode metric) {
        JsonNode resource = metric.path("resource");
        return metric.path("type").asText().equals("Resource") && resource.path("name").asText().equals("cpu")
                && resource.path("target").path("averageUtilization").isNumber();
    }

    private static void annotate(ObjectNode meta, String key, JsonNode value) {
        ObjectNode annotations = meta.get("annotations") instanceof ObjectNode a ? a : meta.putObject("annotations");
        annotations.put(key, value.toString());
    }

    /** Removes an annotation and parses its JSON; null when absent or not JSON (then it is dropped). */
    private static JsonNode take(ObjectNode annotations, String key) {
        if (annotations == null) {
            return null;
        }
        JsonNode value = annotations.remove(key);
        if (value == null) {
            return null;
        }
        try {
            return Json.mapper().readTree(value.asText());
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
