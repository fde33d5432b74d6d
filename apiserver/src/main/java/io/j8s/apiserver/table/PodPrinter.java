package io.j8s.apiserver.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pod table of {@code kubectl get pods}: the Status column follows Kubernetes' {@code printPod}
 * (init progress as {@code Init:0/1}, the waiting or terminated reason of the last container that
 * has one, {@code Terminating} while deleting), Restarts shows when the last restart happened.
 */
final class PodPrinter implements TableConvertor {

    private static final List<TableColumn> COLUMNS = List.of(
            Columns.NAME,
            Columns.string("Ready", "The aggregate readiness state of this pod for accepting traffic."),
            Columns.string("Status", "The aggregate status of the containers in this pod."),
            Columns.string("Restarts", "The number of times the containers in this pod have been restarted and when the last container in this pod has restarted."),
            Columns.AGE,
            Columns.wide("IP", "string", "IP address allocated to the pod. Routable at least within the cluster. Empty if not yet allocated."),
            Columns.wide("Node", "string", "NodeName indicates in which node this pod is scheduled."),
            Columns.wide("Nominated Node", "string", "nominatedNodeName is set only when this pod preempts other pods on the node, but it cannot be scheduled right away as preemption victims receive their graceful termination periods."),
            Columns.wide("Readiness Gates", "string", "If specified, all readiness gates will be evaluated for pod readiness."));

    @Override
    public List<TableColumn> columns() {
        return COLUMNS;
    }

    @Override
    public List<Object> cells(ObjectNode pod, Instant now) {
        JsonNode spec = pod.path("spec");
        JsonNode status = pod.path("status");
        String phase = Field.text(status, "phase");
        String reason = Field.orElse(Field.text(status, "reason"), phase);
        for (JsonNode c : Field.items(status, "conditions")) {
            if (Field.text(c, "type").equals("PodScheduled") && Field.text(c, "reason").equals("SchedulingGated")) {
                reason = "SchedulingGated";
            }
        }

        Map<String, Boolean> restartable = new HashMap<>();
        List<JsonNode> initContainers = Field.items(spec, "initContainers");
        int total = Field.size(spec, "containers");
        for (JsonNode c : initContainers) {
            boolean sidecar = Field.text(c, "restartPolicy").equals("Always");
            restartable.put(Field.text(c, "name"), sidecar);
            if (sidecar) total++;
        }

        int ready = 0;
        long restarts = 0;
        long sidecarRestarts = 0;
        Instant lastRestart = null;
        Instant lastSidecarRestart = null;
        boolean initializing = false;
        List<JsonNode> initStatuses = Field.items(status, "initContainerStatuses");
        for (int i = 0; i < initStatuses.size(); i++) {
            JsonNode cs = initStatuses.get(i);
            boolean sidecar = restartable.getOrDefault(Field.text(cs, "name"), false);
            restarts += Field.number(cs, "restartCount");
            lastRestart = later(lastRestart, Field.text(cs, "lastState", "terminated", "finishedAt"));
            if (sidecar) {
                sidecarRestarts += Field.number(cs, "restartCount");
                lastSidecarRestart = later(lastSidecarRestart, Field.text(cs, "lastState", "terminated", "finishedAt"));
            }
            JsonNode terminated = Field.at(cs, "state", "terminated");
            JsonNode waiting = Field.at(cs, "state", "waiting");
            if (terminated.isObject() && Field.number(terminated, "exitCode") == 0) {
                continue;
            }
            if (sidecar && cs.path("started").asBoolean(false)) {
                if (cs.path("ready").asBoolean(false)) ready++;
                continue;
            }
            if (terminated.isObject()) {
                reason = terminatedReason(terminated, "Init:");
            } else if (waiting.isObject() && !Field.text(waiting, "reason").isEmpty()
                    && !Field.text(waiting, "reason").equals("PodInitializing")) {
                reason = "Init:" + Field.text(waiting, "reason");
            } else {
                reason = "Init:" + i + "/" + initContainers.size();
            }
            initializing = true;
            break;
        }

        if (!initializing || conditionTrue(status, "Initialized")) {
            restarts = sidecarRestarts;
            lastRestart = lastSidecarRestart;
            boolean hasRunning = false;
            List<JsonNode> statuses = Field.items(status, "containerStatuses");
            for (int i = statuses.size() - 1; i >= 0; i--) {
                JsonNode cs = statuses.get(i);
                restarts += Field.number(cs, "restartCount");
                lastRestart = later(lastRestart, Field.text(cs, "lastState", "terminated", "finishedAt"));
                JsonNode terminated = Field.at(cs, "state", "terminated");
                String waitingReason = Field.text(cs, "state", "waiting", "reason");
                if (!waitingReason.isEmpty()) {
                    reason = waitingReason;
                } else if (terminated.isObject()) {
                    reason = terminatedReason(terminated, "");
                } else if (cs.path("ready").asBoolean(false) && Field.at(cs, "state", "running").isObject()) {
                    hasRunning = true;
                    ready++;
                }
            }
            if (reason.equals("Completed") && hasRunning) {
                reason = conditionTrue(status, "Ready") ? "Running" : "NotReady";
            }
        }

        boolean deleting = Field.present(pod, "metadata", "deletionTimestamp");
        if (deleting && Field.text(status, "reason").equals("NodeLost")) {
            reason = "Unknown";
        } else if (deleting && !phase.equals("Succeeded") && !phase.equals("Failed")) {
            reason = "Terminating";
        }

        String restartText = Long.toString(restarts);
        if (restarts != 0 && lastRestart != null) {
            restartText = restarts + " (" + HumanDuration.format(java.time.Duration.between(lastRestart, now)) + " ago)";
        }

        List<JsonNode> podIps = Field.items(status, "podIPs");
        String ip = podIps.isEmpty() ? Field.text(status, "podIP") : Field.text(podIps.getFirst(), "ip");
        return List.of(
                Columns.name(pod),
                ready + "/" + total,
                reason,
                restartText,
                Columns.age(pod, now),
                Field.orElse(ip, "<none>"),
                Field.orElse(Field.text(spec, "nodeName"), "<none>"),
                Field.orElse(Field.text(status, "nominatedNodeName"), "<none>"),
                readinessGates(spec, status));
    }

    private static String terminatedReason(JsonNode terminated, String prefix) {
        String reason = Field.text(terminated, "reason");
        if (!reason.isEmpty()) return prefix + reason;
        long signal = Field.number(terminated, "signal");
        return signal != 0 ? prefix + "Signal:" + signal : prefix + "ExitCode:" + Field.number(terminated, "exitCode");
    }

    private static String readinessGates(JsonNode spec, JsonNode status) {
        List<JsonNode> gates = Field.items(spec, "readinessGates");
        if (gates.isEmpty()) return "<none>";
        int trueCount = 0;
        for (JsonNode gate : gates) {
            String type = Field.text(gate, "conditionType");
            for (JsonNode c : Field.items(status, "conditions")) {
                if (Field.text(c, "type").equals(type)) {
                    if (Field.text(c, "status").equals("True")) trueCount++;
                    break;
                }
            }
        }
        return trueCount + "/" + gates.size();
    }

    private static boolean conditionTrue(JsonNode status, String type) {
        return Field.items(status, "conditions").stream()
                .anyMatch(c -> Field.text(c, "type").equals(type) && Field.text(c, "status").equals("True"));
    }

    private static Instant later(Instant current, String timestamp) {
        Instant t = HumanDuration.parse(timestamp);
        if (t == null) return current;
        return current == null || current.isBefore(t) ? t : current;
    }
}
