package io.j8s.apiserver.table;

import static io.j8s.apiserver.table.Columns.AGE;
import static io.j8s.apiserver.table.Columns.NAME;
import static io.j8s.apiserver.table.Columns.integer;
import static io.j8s.apiserver.table.Columns.string;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Printers of HorizontalPodAutoscalers, PodDisruptionBudgets and PriorityClasses. */
final class PolicyPrinters {

    private PolicyPrinters() {}

    static RowPrinter podDisruptionBudgets() {
        return new RowPrinter(List.of(NAME,
                string("Min Available", "The minimum number of pods that must be available."),
                string("Max Unavailable", "The maximum number of pods that may be unavailable."),
                integer("Allowed Disruptions", "Calculated number of pods that may be disrupted at this time."),
                AGE),
                (pdb, now) -> List.of(Columns.name(pdb),
                        intOrString(Field.at(pdb, "spec", "minAvailable")),
                        intOrString(Field.at(pdb, "spec", "maxUnavailable")),
                        Field.number(pdb, "status", "disruptionsAllowed"),
                        Columns.age(pdb, now)));
    }

    private static String intOrString(JsonNode value) {
        return value.isMissingNode() || value.isNull() ? "N/A" : value.asText();
    }

    static RowPrinter priorityClasses() {
        return new RowPrinter(List.of(NAME,
                integer("Value", "value represents the integer value of this priority class."),
                Columns.bool("Global-Default", "globalDefault specifies whether this PriorityClass should be considered as the default priority for pods that do not have any priority class."),
                string("PreemptionPolicy", "preemptionPolicy is the Policy for preempting pods with lower priority."),
                AGE),
                (pc, now) -> List.of(Columns.name(pc), Field.number(pc, "value"),
                        pc.path("globalDefault").asBoolean(false),
                        Field.orElse(Field.text(pc, "preemptionPolicy"), "<unset>"),
                        Columns.age(pc, now)));
    }

    static RowPrinter horizontalPodAutoscalers() {
        return new RowPrinter(List.of(NAME,
                string("Reference", "reference to scaled resource; horizontal pod autoscaler will learn the current resource consumption and will set the desired number of pods by using its Scale subresource."),
                string("Targets", "metrics contains the specifications for which to use to calculate the desired replica count (the maximum replica count across all metrics will be used)."),
                string("MinPods", "minReplicas is the lower limit for the number of replicas to which the autoscaler can scale down."),
                integer("MaxPods", "maxReplicas is the upper limit for the number of replicas to which the autoscaler can scale up."),
                integer("Replicas", "currentReplicas is current number of replicas of pods managed by this autoscaler, as last seen by the autoscaler."),
                AGE),
                (hpa, now) -> {
                    JsonNode min = Field.at(hpa, "spec", "minReplicas");
                    return List.of(Columns.name(hpa),
                            Field.text(hpa, "spec", "scaleTargetRef", "kind") + "/" + Field.text(hpa, "spec", "scaleTargetRef", "name"),
                            targets(hpa),
                            min.isNumber() ? min.asText() : "<unset>",
                            Field.number(hpa, "spec", "maxReplicas"),
                            Field.number(hpa, "status", "currentReplicas"),
                            Columns.age(hpa, now));
                });
    }

    /** {@code formatHPAMetrics}: two metrics at most, {@code <unknown>} for what is not measured yet. */
    private static String targets(JsonNode hpa) {
        JsonNode v1Target = Field.at(hpa, "spec", "targetCPUUtilizationPercentage");
        if (v1Target.isNumber()) {
            JsonNode current = Field.at(hpa, "status", "currentCPUUtilizationPercentage");
            return "cpu: " + (current.isNumber() ? current.asText() + "%" : "<unknown>") + "/" + v1Target.asText() + "%";
        }
        List<JsonNode> specs = Field.items(hpa, "spec", "metrics");
        if (specs.isEmpty()) return "<none>";
        List<JsonNode> statuses = Field.items(hpa, "status", "currentMetrics");
        List<String> list = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            JsonNode spec = specs.get(i);
            JsonNode status = i < statuses.size() ? statuses.get(i) : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
            list.add(metric(spec, status));
        }
        return Columns.listWithMore(list, 2, ", ", "<none>");
    }

    private static String metric(JsonNode spec, JsonNode status) {
        String type = Field.text(spec, "type");
        return switch (type) {
            case "Resource", "ContainerResource" -> {
                String key = type.equals("Resource") ? "resource" : "containerResource";
                JsonNode source = spec.path(key);
                JsonNode target = source.path("target");
                JsonNode current = Field.at(status, key, "current");
                String prefix = Field.text(source, "name") + ": ";
                if (type.equals("ContainerResource")) prefix = Field.text(source, "name") + "/" + Field.text(source, "container") + ": ";
                if (Field.present(target, "averageValue")) {
                    yield prefix + Field.orElse(Field.text(current, "averageValue"), "<unknown>") + "/" + Field.text(target, "averageValue");
                }
                String cur = current.path("averageUtilization").isNumber() ? current.path("averageUtilization").asText() + "%" : "<unknown>";
                String tgt = target.path("averageUtilization").isNumber() ? target.path("averageUtilization").asText() + "%" : "<auto>";
                yield prefix + cur + "/" + tgt;
            }
            case "Pods" -> Field.orElse(Field.text(status, "pods", "current", "averageValue"), "<unknown>")
                    + "/" + Field.text(spec, "pods", "target", "averageValue");
            case "Object", "External" -> {
                String key = type.equals("Object") ? "object" : "external";
                JsonNode target = Field.at(spec, key, "target");
                JsonNode current = Field.at(status, key, "current");
                if (Field.present(target, "averageValue")) {
                    yield Field.orElse(Field.text(current, "averageValue"), "<unknown>") + "/" + Field.text(target, "averageValue") + " (avg)";
                }
                yield Field.orElse(Field.text(current, "value"), "<unknown>") + "/" + Field.text(target, "value");
            }
            default -> "<unknown type>";
        };
    }
}
