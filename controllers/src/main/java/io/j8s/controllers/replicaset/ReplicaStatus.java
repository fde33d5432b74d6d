package io.j8s.controllers.replicaset;

import java.util.List;

/**
 * The status fields ReplicaSets and ReplicationControllers share, as the controller computes them.
 *
 * @param conditions only {@code ReplicaFailure} is ever set by the controller
 */
public record ReplicaStatus(int replicas, int fullyLabeledReplicas, int readyReplicas, int availableReplicas,
        long observedGeneration, List<Condition> conditions) {

    public ReplicaStatus {
        conditions = List.copyOf(conditions);
    }

    /** A status condition; {@code lastTransitionTime} is RFC 3339. */
    public record Condition(String type, String status, String reason, String message, String lastTransitionTime) {
    }
}
