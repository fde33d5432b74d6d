package io.j8s.controllers.deployment;

/**
 * The arithmetic of one RollingUpdate step, as Kubernetes' {@code NewRSNewReplicas} and
 * {@code reconcileOldReplicaSets}: how far the new ReplicaSet may grow and how many old pods may go.
 */
public final class RollingUpdate {

    private RollingUpdate() {
    }

    /**
     * The new ReplicaSet's next size: grow towards {@code desired} without the sum of all ReplicaSets' replicas
     * exceeding {@code desired + maxSurge}.
     */
    public static int newReplicaSetReplicas(int desired, int maxSurge, int allReplicas, int newReplicas) {
        int maxTotal = desired + maxSurge;
        if (allReplicas >= maxTotal) {
            return newReplicas;
        }
        int scaleUp = Math.min(maxTotal - allReplicas, desired - newReplicas);
        return newReplicas + scaleUp;
    }

    /**
     * How many old pods may be scaled down at most, counting the new ReplicaSet's unavailable pods against the
     * budget so unhealthy new pods never push availability below {@code desired - maxUnavailable}.
     */
    public static int maxScaledDown(int allReplicas, int desired, int maxUnavailable, int newReplicas,
            int newAvailable) {
        int minAvailable = desired - maxUnavailable;
        int newUnavailable = newReplicas - newAvailable;
        return allReplicas - minAvailable - newUnavailable;
    }

    /** How many available old pods may go now: available pods beyond {@code desired - maxUnavailable}. */
    public static int availableScaleDown(int allAvailable, int desired, int maxUnavailable) {
        return Math.max(0, allAvailable - (desired - maxUnavailable));
    }
}
