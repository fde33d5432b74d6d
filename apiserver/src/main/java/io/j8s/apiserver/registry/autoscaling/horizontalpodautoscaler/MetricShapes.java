package io.j8s.apiserver.registry.autoscaling.horizontalpodautoscaler;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One metric in autoscaling/v2's shape ({@code metric}, {@code target}, {@code current} objects)
 * and in the flat shape autoscaling/v1 keeps in annotations ({@code metricName},
 * {@code targetAverageValue}, {@code currentValue}...), for the five metric source types.
 */
final class MetricShapes {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private MetricShapes() {}

    /** The source object's field name for a metric type: {@code Resource} -> {@code resource}. */
    private static String source(String type) {
        return type.isEmpty() ? type : Character.toLowerCase(type.charAt(0)) + type.substring(1);
    }

    static ObjectNode specToV1(JsonNode v2) {
        String type = v2.path("type").asText("");
        ObjectNode out = NODES.objectNode().put("type", type);
        JsonNode src = v2.path(source(type));
        if (src.isMissingNode()) {
            return out;
        }
        ObjectNode s = out.putObject(source(type));
        JsonNode target = src.path("target");
        switch (type) {
            case "Resource", "ContainerResource" -> {
                copy(src, "name", s, "name");
                copy(src, "container", s, "container");
                copy(target, "averageUtilization", s, "targetAverageUtilization");
                copy(target, "averageValue", s, "targetAverageValue");
            }
            case "Pods" -> {
                copy(src.path("metric"), "name", s, "metricName");
                copy(src.path("metric"), "selector", s, "selector");
                copy(target, "averageValue", s, "targetAverageValue");
            }
            case "Object" -> {
                copy(src, "describedObject", s, "target");
                copy(src.path("metric"), "name", s, "metricName");
                copy(src.path("metric"), "selector", s, "selector");
                copy(target, "value", s, "targetValue");
                copy(target, "averageValue", s, "averageValue");
            }
            case "External" -> {
                copy(src.path("metric"), "name", s, "metricName");
                copy(src.path("metric"), "selector", s, "metricSelector");
                copy(target, "value", s, "targetValue");
                copy(target, "averageValue", s, "targetAverageValue");
            }
            default -> out.set(source(type), src.deepCopy());
        }
        return out;
    }

    static ObjectNode specToV2(JsonNode v1) {
        String type = v1.path("type").asText("");
        ObjectNode out = NODES.objectNode().put("type", type);
        JsonNode src = v1.path(source(type));
        if (src.isMissingNode()) {
            return out;
        }
        ObjectNode s = out.putObject(source(type));
        ObjectNode target = NODES.objectNode();
        switch (type) {
            case "Resource", "ContainerResource" -> {
                copy(src, "name", s, "name");
                copy(src, "container", s, "container");
                boolean utilization = src.has("targetAverageUtilization");
                target.put("type", utilization ? "Utilization" : "AverageValue");
                copy(src, "targetAverageUtilization", target, "averageUtilization");
                copy(src, "targetAverageValue", target, "averageValue");
            }
            case "Pods" -> {
                metric(src, "metricName", "selector", s);
                target.put("type", "AverageValue");
                copy(src, "targetAverageValue", target, "averageValue");
            }
            case "Object" -> {
                copy(src, "target", s, "describedObject");
                metric(src, "metricName", "selector", s);
                target.put("type", src.hasNonNull("averageValue") ? "AverageValue" : "Value");
                copy(src, "targetValue", target, "value");
                copy(src, "averageValue", target, "averageValue");
            }
            case "External" -> {
                metric(src, "metricName", "metricSelector", s);
                target.put("type", src.hasNonNull("targetValue") ? "Value" : "AverageValue");
                copy(src, "targetValue", target, "value");
                copy(src, "targetAverageValue", target, "averageValue");
            }
            default -> {
                out.set(source(type), src.deepCopy());
                return out;
            }
        }
        s.set("target", target);
        return out;
    }

    static ObjectNode statusToV1(JsonNode v2) {
        String type = v2.path("type").asText("");
        ObjectNode out = NODES.objectNode().put("type", type);
        JsonNode src = v2.path(source(type));
        if (src.isMissingNode()) {
            return out;
        }
        ObjectNode s = out.putObject(source(type));
        JsonNode current = src.path("current");
        switch (type) {
            case "Resource", "ContainerResource" -> {
                copy(src, "name", s, "name");
                copy(src, "container", s, "container");
                copy(current, "averageUtilization", s, "currentAverageUtilization");
                copy(current, "averageValue", s, "currentAverageValue");
            }
            case "Pods" -> {
                copy(src.path("metric"), "name", s, "metricName");
                copy(src.path("metric"), "selector", s, "selector");
                copy(current, "averageValue", s, "currentAverageValue");
            }
            case "Object" -> {
                copy(src, "describedObject", s, "target");
                copy(src.path("metric"), "name", s, "metricName");
                copy(src.path("metric"), "selector", s, "selector");
                copy(current, "value", s, "currentValue");
                copy(current, "averageValue", s, "averageValue");
            }
            case "External" -> {
                copy(src.path("metric"), "name", s, "metricName");
                copy(src.path("metric"), "selector", s, "metricSelector");
                copy(current, "value", s, "currentValue");
                copy(current, "averageValue", s, "currentAverageValue");
            }
            default -> out.set(source(type), src.deepCopy());
        }
        return out;
    }

    static ObjectNode statusToV2(JsonNode v1) {
        String type = v1.path("type").asText("");
        ObjectNode out = NODES.objectNode().put("type", type);
        JsonNode src = v1.path(source(type));
        if (src.isMissingNode()) {
            return out;
        }
        ObjectNode s = out.putObject(source(type));
        ObjectNode current = NODES.objectNode();
        switch (type) {
            case "Resource", "ContainerResource" -> {
                copy(src, "name", s, "name");
                copy(src, "container", s, "container");
                copy(src, "currentAverageUtilization", current, "averageUtilization");
                copy(src, "currentAverageValue", current, "averageValue");
            }
            case "Pods" -> {
                metric(src, "metricName", "selector", s);
                copy(src, "currentAverageValue", current, "averageValue");
            }
            case "Object" -> {
                copy(src, "target", s, "describedObject");
                metric(src, "metricName", "selector", s);
                copy(src, "currentValue", current, "value");
                copy(src, "averageValue", current, "averageValue");
            }
            case "External" -> {
                metric(src, "metricName", "metricSelector", s);
                copy(src, "currentValue", current, "value");
                copy(src, "currentAverageValue", current, "averageValue");
            }
            default -> {
                out.set(source(type), src.deepCopy());
                return out;
            }
        }
        s.set("current", current);
        return out;
    }

    private static void metric(JsonNode src, String nameField, String selectorField, ObjectNode s) {
        ObjectNode metric = s.putObject("metric");
        copy(src, nameField, metric, "name");
        copy(src, selectorField, metric, "selector");
    }

    private static void copy(JsonNode from, String fromField, ObjectNode to, String toField) {
        JsonNode value = from.get(fromField);
        if (value != null && !value.isNull()) {
            to.set(toField, value.deepCopy());
        }
    }
}
