package io.j8s.controllers.daemonset;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.j8s.controllers.replicaset.PodReadiness;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One sync's decisions for a DaemonSet, as Kubernetes' {@code manage} plus {@code rollingUpdate}: the nodes to
 * create a daemon pod on, the pods to delete, and the status counters. Pure: computed from the DaemonSet, the nodes
 * and its pods.
 *
 * @param createOn names of nodes that should get a new daemon pod
 * @param delete   pods to delete (misscheduled, duplicates, failed, or outdated within the rolling-update budget)
 */
public record DaemonPlan(List<String> createOn, List<Pod> delete, Counts counts) {

    /** The label carrying the pod template's hash, as Kubernetes' {@code controller-revision-hash}. */
    public static final String HASH_LABEL = "controller-revision-hash";

    /** The status counters of a DaemonSet. */
    public record Counts(int desired, int current, int misscheduled, int ready, int available, int updated) {
    }

    /** Plans one sync of {@code ds} whose current template hash is {@code hash}. */
    public static DaemonPlan of(DaemonSet ds, Collection<Node> nodes, Collection<Pod> pods, String hash, Instant now) {
        PodSpec spec = ds.getSpec().getTemplate().getSpec();
        int minReady = ds.getSpec().getMinReadySeconds() == null ? 0 : ds.getSpec().getMinReadySeconds();
        Map<String, List<Pod>> byNode = new LinkedHashMap<>();
        for (Pod p : pods) {
            String node = DaemonPods.nodeOf(p);
            if (node != null && p.getMetadata().getDeletionTimestamp() == null) {
                byNode.computeIfAbsent(node, n -> new ArrayList<>()).add(p);
            }
        }
        List<String> create = new ArrayList<>();
        List<Pod> delete = new ArrayList<>();
        List<Pod> outdatedAvailable = new ArrayList<>();
        int desired = 0, current = 0, misscheduled = 0, ready = 0, available = 0, updated = 0, unavailable = 0;
        for (Node node : nodes) {
            String name = node.getMetadata().getName();
            List<Pod> onNode = byNode.getOrDefault(name, List.of());
            if (!NodeEligibility.shouldRun(node, spec)) {
                if (!onNode.isEmpty()) {
                    misscheduled++;
                }
                delete.addAll(onNode);
                continue;
            }
            desired++;
            List<Pod> alive = new ArrayList<>();
            for (Pod p : onNode) {
                if ("Failed".equals(p.getStatus() == null ? null : p.getStatus().getPhase())) {
                    delete.add(p);
                } else {
                    alive.add(p);
                }
            }
            if (alive.isEmpty()) {
                create.add(name);
                unavailable++;
                continue;
            }
            current++;
            Pod keep = alive.stream().filter(p -> hash.equals(labelOf(p))).findFirst().orElse(alive.get(0));
            alive.stream().filter(p -> p != keep).forEach(delete::add);
            boolean isAvailable = PodReadiness.isAvailable(keep, minReady, now);
            if (PodReadiness.isReady(keep)) {
                ready++;
            }
            if (isAvailable) {
                available++;
            } else {
                unavailable++;
            }
            if (hash.equals(labelOf(keep))) {
                updated++;
            } else if (rollingUpdate(ds)) {
                if (isAvailable) {
                    outdatedAvailable.add(keep);
                } else {
                    delete.add(keep);
                }
            }
        }
        int budget = maxUnavailable(ds, desired) - unavailable;
        for (int i = 0; i < outdatedAvailable.size() && i < budget; i++) {
            delete.add(outdatedAvailable.get(i));
        }
        return new DaemonPlan(create, delete, new Counts(desired, current, misscheduled, ready, available, updated));
    }

    private static String labelOf(Pod p) {
        return p.getMetadata().getLabels() == null ? null : p.getMetadata().getLabels().get(HASH_LABEL);
    }

    private static boolean rollingUpdate(DaemonSet ds) {
        var strategy = ds.getSpec().getUpdateStrategy();
        return strategy == null || strategy.getType() == null || "RollingUpdate".equals(strategy.getType());
    }

    /** maxUnavailable resolved against the desired number, rounding percentages up; at least 1 as Kubernetes. */
    static int maxUnavailable(DaemonSet ds, int desired) {
        var strategy = ds.getSpec().getUpdateStrategy();
        IntOrString value = strategy == null || strategy.getRollingUpdate() == null ? null
                : strategy.getRollingUpdate().getMaxUnavailable();
        int max;
        if (value == null) {
            max = 1;
        } else if (value.getIntVal() != null) {
            max = value.getIntVal();
        } else {
            String s = value.getStrVal();
            int percent = Integer.parseInt(s.endsWith("%") ? s.substring(0, s.length() - 1) : s);
            max = (int) Math.ceil(percent * desired / 100.0);
        }
        return Math.max(max, 1);
    }
}
