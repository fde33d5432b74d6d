package io.j8s.controllers.replicaset;

import io.fabric8.kubernetes.api.model.Pod;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Kubernetes' {@code ActivePodsWithRanks} order: pods first in this order are deleted first when scaling down.
 * Unassigned before assigned; Pending before Unknown before Running; not ready before ready; more co-located pods
 * of the same owner (rank) first; ready for less time first; more restarts first; newer first.
 */
public final class ActivePods {

    private ActivePods() {
    }

    /** The {@code count} pods to delete from {@code pods}, ranked by how many of {@code related} share their node. */
    public static List<Pod> toDelete(List<Pod> pods, List<Pod> related, int count) {
        if (count >= pods.size()) {
            return pods;
        }
        Map<String, Integer> perNode = new HashMap<>();
        for (Pod p : related) {
            String node = nodeName(p);
            if (!node.isEmpty() && PodReadiness.isActive(p)) {
                perNode.merge(node, 1, Integer::sum);
            }
        }
        List<Pod> sorted = new ArrayList<>(pods);
        sorted.sort(order(p -> nodeName(p).isEmpty() ? 0 : perNode.getOrDefault(nodeName(p), 0)));
        return sorted.subList(0, count);
    }

    /** The deletion order with {@code rank} (higher ranks sort first). */
    public static Comparator<Pod> order(java.util.function.ToIntFunction<Pod> rank) {
        return Comparator.<Pod>comparingInt(p -> nodeName(p).isEmpty() ? 0 : 1)
                .thenComparingInt(ActivePods::phaseOrder)
                .thenComparingInt(p -> PodReadiness.isReady(p) ? 1 : 0)
                .thenComparing(Comparator.comparingInt(rank).reversed())
                .thenComparing(ActivePods::compareReadyTime)
                .thenComparing(Comparator.comparingInt(ActivePods::maxRestarts).reversed())
                .thenComparing(Comparator.comparing(ActivePods::created, Comparator.nullsLast(Comparator.<Instant>naturalOrder())).reversed());
    }

    /** Ranks without co-location information. */
    public static Comparator<Pod> order() {
        return order(p -> 0);
    }

    private static int compareReadyTime(Pod a, Pod b) {
        // Only between two ready pods: the one ready for less time (later transition) goes first.
        if (!PodReadiness.isReady(a) || !PodReadiness.isReady(b)) {
            return 0;
        }
        Instant ta = PodReadiness.readySince(a).orElse(null);
        Instant tb = PodReadiness.readySince(b).orElse(null);
        if (ta == null || tb == null || ta.equals(tb)) {
            return 0;
        }
        return tb.compareTo(ta);
    }

    private static String nodeName(Pod p) {
        return p.getSpec() == null || p.getSpec().getNodeName() == null ? "" : p.getSpec().getNodeName();
    }

    private static int phaseOrder(Pod p) {
        String phase = p.getStatus() == null ? null : p.getStatus().getPhase();
        if (phase == null || phase.equals("Pending")) {
            return 0;
        }
        return switch (phase) {
            case "Unknown" -> 1;
            case "Running" -> 2;
            default -> 0;
        };
    }

    private static int maxRestarts(Pod p) {
        if (p.getStatus() == null || p.getStatus().getContainerStatuses() == null) {
            return 0;
        }
        return p.getStatus().getContainerStatuses().stream()
                .mapToInt(c -> c.getRestartCount() == null ? 0 : c.getRestartCount()).max().orElse(0);
    }

    private static Instant created(Pod p) {
        String ts = p.getMetadata().getCreationTimestamp();
        return ts == null ? null : Instant.parse(ts);
    }

}
