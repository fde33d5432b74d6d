package io.j8s.controllers.deployment;

/**
 * Kubernetes' proportional scaling of a Deployment's ReplicaSets when the Deployment is resized mid-rollout:
 * each active ReplicaSet gets a share of the change in proportion to its size.
 */
public final class ProportionalScaling {

    private ProportionalScaling() {
    }

    /**
     * The change for one ReplicaSet ({@code GetProportion}): its fraction of the new maximum, bounded by what is left
     * of {@code toAdd} after {@code added} were handed out.
     *
     * @param rsReplicas the ReplicaSet's current spec.replicas
     * @param annotatedMaxReplicas the {@code max-replicas} annotation (the maximum before the resize); 0 if unknown
     */
    public static int proportion(int rsReplicas, int desired, int maxSurge, int annotatedMaxReplicas, int toAdd,
            int added) {
        if (rsReplicas == 0 || toAdd == 0 || toAdd == added) {
            return 0;
        }
        int fraction = fraction(rsReplicas, desired, maxSurge, annotatedMaxReplicas);
        int allowed = toAdd - added;
        return toAdd > 0 ? Math.min(fraction, allowed) : Math.max(fraction, allowed);
    }

    private static int fraction(int rsReplicas, int desired, int maxSurge, int annotatedMaxReplicas) {
        if (desired == 0) {
            return -rsReplicas;
        }
        if (annotatedMaxReplicas == 0) {
            return 0;
        }
        int newMax = desired + maxSurge;
        double newSize = (double) rsReplicas * newMax / annotatedMaxReplicas;
        return (int) Math.round(newSize) - rsReplicas;
    }
}
