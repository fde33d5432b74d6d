package io.j8s.controllers.nodelifecycle;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.api.model.TaintBuilder;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the node lifecycle controller concludes about one node: when its kubelet last showed life, and the taints
 * its Ready condition calls for. Pure.
 */
final class NodeHealth {

    static final String UNREACHABLE = "node.kubernetes.io/unreachable";
    static final String NOT_READY = "node.kubernetes.io/not-ready";

    private NodeHealth() {
    }

    /** The latest of the Lease's renewTime, the Ready condition's heartbeat and the node's creation. */
    static Optional<Instant> lastHeartbeat(Node node, Lease lease) {
        Instant last = parse(node.getMetadata().getCreationTimestamp());
        if (lease != null && lease.getSpec() != null && lease.getSpec().getRenewTime() != null) {
            last = later(last, lease.getSpec().getRenewTime().toInstant());
        }
        Optional<NodeCondition> ready = readyCondition(node);
        if (ready.isPresent()) {
            last = later(last, parse(ready.get().getLastHeartbeatTime()));
        }
        return Optional.ofNullable(last);
    }

    /** True when the kubelet has not shown life within {@code grace} of {@code now}. */
    static boolean stale(Node node, Lease lease, Instant now, Duration grace) {
        return lastHeartbeat(node, lease).map(t -> t.plus(grace).isBefore(now)).orElse(false);
    }

    /** The status of the node's Ready condition: True, False or Unknown (absent counts as Unknown). */
    static String readyStatus(Node node) {
        return readyCondition(node).map(NodeCondition::getStatus).orElse("Unknown");
    }

    static Optional<NodeCondition> readyCondition(Node node) {
        if (node.getStatus() == null || node.getStatus().getConditions() == null) {
            return Optional.empty();
        }
        return node.getStatus().getConditions().stream().filter(c -> "Ready".equals(c.getType())).findFirst();
    }

    /**
     * The node's taints with the not-ready/unreachable ones made to match {@code readyStatus}; taints already in
     * place keep their timeAdded, new ones get {@code now}.
     */
    static List<Taint> desiredTaints(List<Taint> current, String readyStatus, String now) {
        String wanted = switch (readyStatus) {
            case "True" -> null;
            case "False" -> NOT_READY;
            default -> UNREACHABLE;
        };
        List<Taint> out = new ArrayList<>();
        for (Taint t : current) {
            boolean managed = UNREACHABLE.equals(t.getKey()) || NOT_READY.equals(t.getKey());
            if (!managed || t.getKey().equals(wanted)) {
                out.add(t);
            }
        }
        if (wanted != null) {
            for (String effect : List.of("NoSchedule", "NoExecute")) {
                boolean present = out.stream().anyMatch(t -> wanted.equals(t.getKey()) && effect.equals(t.getEffect()));
                if (!present) {
                    out.add(new TaintBuilder().withKey(wanted).withEffect(effect)
                            .withTimeAdded("NoExecute".equals(effect) ? now : null).build());
                }
            }
        }
        return out;
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    static Instant parse(String timestamp) {
        return timestamp == null || timestamp.isEmpty() ? null : Instant.parse(timestamp);
    }
}
