package io.j8s.controllers.statefulset;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.j8s.controllers.replicaset.PodReadiness;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * One sync's decisions for a StatefulSet, as Kubernetes' {@code updateStatefulSet}: the ordinals to create, the pods
 * to delete, and the status counters. OrderedReady acts on one pod at a time and waits for Running and Ready;
 * Parallel acts on all at once. Outdated pods at or above the partition are deleted from the highest ordinal down,
 * one at a time, once every replica is healthy; they come back at the update revision. Pure.
 */
public record StatefulPlan(List<Integer> create, List<Pod> delete, Counts counts) {

    /** Status counters of a StatefulSet. */
    public record Counts(int replicas, int ready, int available, int current, int updated) {
    }

    /**
     * Plans one sync of {@code set} towards {@code updateRevision}; pods at {@code currentRevision} count as
     * current.
     */
    public static StatefulPlan of(StatefulSet set, Collection<Pod> pods, String currentRevision,
            String updateRevision, Instant now) {
        int replicas = set.getSpec().getReplicas() == null ? 1 : set.getSpec().getReplicas();
        int minReady = set.getSpec().getMinReadySeconds() == null ? 0 : set.getSpec().getMinReadySeconds();
        boolean parallel = "Parallel".equals(set.getSpec().getPodManagementPolicy());
        TreeMap<Integer, Pod> byOrdinal = new TreeMap<>();
        for (Pod p : pods) {
            int ordinal = StatefulPods.ordinalOf(set, p);
            if (ordinal >= 0) {
                byOrdinal.put(ordinal, p);
            }
        }
        Counts counts = count(byOrdinal.values(), currentRevision, updateRevision, minReady, now);
        List<Integer> create = new ArrayList<>();
        List<Pod> delete = new ArrayList<>();
        boolean waiting = false;
        for (int i = 0; i < replicas; i++) {
            Pod p = byOrdinal.get(i);
            if (p == null) {
                create.add(i);
                if (!parallel) {
                    return new StatefulPlan(create, delete, counts);
                }
                waiting = true;
            } else if (isFailed(p) && !isTerminating(p)) {
                delete.add(p);
                if (!parallel) {
                    return new StatefulPlan(create, delete, counts);
                }
                waiting = true;
            } else if (!isHealthy(p)) {
                waiting = true;
                if (!parallel) {
                    return new StatefulPlan(create, delete, counts);
                }
            }
        }
        List<Pod> condemned = new ArrayList<>(byOrdinal.tailMap(replicas).values());
        java.util.Collections.reverse(condemned);
        for (Pod p : condemned) {
            if (isTerminating(p)) {
                if (!parallel) {
                    return new StatefulPlan(create, delete, counts);
                }
                continue;
            }
            if (!parallel && waiting) {
                return new StatefulPlan(create, delete, counts);
            }
            delete.add(p);
            if (!parallel) {
                return new StatefulPlan(create, delete, counts);
            }
        }
        if (waiting || !condemned.isEmpty() || !rollingUpdate(set)) {
            return new StatefulPlan(create, delete, counts);
        }
        int partition = partition(set);
        for (int i = replicas - 1; i >= partition; i--) {
            Pod p = byOrdinal.get(i);
            if (!updateRevision.equals(StatefulPods.revisionOf(p)) && !isTerminating(p)) {
                delete.add(p);
                break;
            }
            if (!isHealthy(p)) {
                break;
            }
        }
        return new StatefulPlan(create, delete, counts);
    }

    private static Counts count(Collection<Pod> pods, String currentRevision, String updateRevision, int minReady,
            Instant now) {
        int replicas = 0, ready = 0, available = 0, current = 0, updated = 0;
        for (Pod p : pods) {
            if (isTerminating(p)) {
                continue;
            }
            replicas++;
            if (isHealthy(p)) {
                ready++;
                if (PodReadiness.isAvailable(p, minReady, now)) {
                    available++;
                }
            }
            String revision = StatefulPods.revisionOf(p);
            if (currentRevision.equals(revision)) {
                current++;
            }
            if (updateRevision.equals(revision)) {
                updated++;
            }
        }
        return new Counts(replicas, ready, available, current, updated);
    }

    static boolean isHealthy(Pod p) {
        return "Running".equals(p.getStatus() == null ? null : p.getStatus().getPhase()) && PodReadiness.isReady(p)
                && !isTerminating(p);
    }

    private static boolean isFailed(Pod p) {
        return "Failed".equals(p.getStatus() == null ? null : p.getStatus().getPhase());
    }

    private static boolean isTerminating(Pod p) {
        return p.getMetadata().getDeletionTimestamp() != null;
    }

    private static boolean rollingUpdate(StatefulSet set) {
        var s = set.getSpec().getUpdateStrategy();
        return s == null || s.getType() == null || "RollingUpdate".equals(s.getType());
    }

    private static int partition(StatefulSet set) {
        var s = set.getSpec().getUpdateStrategy();
        if (s == null || s.getRollingUpdate() == null || s.getRollingUpdate().getPartition() == null) {
            return 0;
        }
        return s.getRollingUpdate().getPartition();
    }
}
