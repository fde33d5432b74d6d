package io.j8s.controllers.podgc;

import io.fabric8.kubernetes.api.model.Pod;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The pods one pass of pod GC removes: terminated ones beyond {@code threshold} (oldest by creation first),
 * orphaned ones (bound to a node that does not exist) and unscheduled terminating ones. Pure.
 */
record PodGcPlan(List<Pod> terminated, List<Pod> orphaned, List<Pod> unscheduledTerminating) {

    static PodGcPlan of(List<Pod> pods, Set<String> nodes, int threshold) {
        List<Pod> finished = pods.stream().filter(PodGcPlan::terminal)
                .filter(p -> p.getMetadata().getDeletionTimestamp() == null)
                .sorted(Comparator.comparing((Pod p) -> p.getMetadata().getCreationTimestamp(),
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        List<Pod> excess = threshold > 0 && finished.size() > threshold
                ? finished.subList(0, finished.size() - threshold) : List.of();
        List<Pod> orphaned = pods.stream().filter(p -> bound(p) && !nodes.contains(p.getSpec().getNodeName())).toList();
        List<Pod> unscheduled = pods.stream()
                .filter(p -> !bound(p) && p.getMetadata().getDeletionTimestamp() != null).toList();
        return new PodGcPlan(excess, orphaned, unscheduled);
    }

    private static boolean bound(Pod p) {
        return p.getSpec() != null && p.getSpec().getNodeName() != null && !p.getSpec().getNodeName().isEmpty();
    }

    private static boolean terminal(Pod p) {
        return p.getStatus() != null && ("Succeeded".equals(p.getStatus().getPhase()) || "Failed".equals(p.getStatus().getPhase()));
    }
}
