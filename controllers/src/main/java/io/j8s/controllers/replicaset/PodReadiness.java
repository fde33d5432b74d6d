package io.j8s.controllers.replicaset;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import java.time.Instant;
import java.util.Optional;

/** Pod readiness and availability as Kubernetes' {@code podutil.IsPodReady} and {@code IsPodAvailable} judge them. */
public final class PodReadiness {

    private PodReadiness() {
    }

    /** The pod's Ready condition, if reported. */
    public static Optional<PodCondition> readyCondition(Pod pod) {
        if (pod.getStatus() == null || pod.getStatus().getConditions() == null) {
            return Optional.empty();
        }
        return pod.getStatus().getConditions().stream().filter(c -> "Ready".equals(c.getType())).findFirst();
    }

    /** Whether the pod's Ready condition is True. */
    public static boolean isReady(Pod pod) {
        return readyCondition(pod).map(c -> "True".equals(c.getStatus())).orElse(false);
    }

    /** When the pod last became ready, if it is ready and says when. */
    public static Optional<Instant> readySince(Pod pod) {
        return readyCondition(pod)
                .filter(c -> "True".equals(c.getStatus()) && c.getLastTransitionTime() != null)
                .map(c -> Instant.parse(c.getLastTransitionTime()));
    }

    /** Ready for at least {@code minReadySeconds} at {@code now}; with 0 seconds, simply ready. */
    public static boolean isAvailable(Pod pod, int minReadySeconds, Instant now) {
        if (!isReady(pod)) {
            return false;
        }
        if (minReadySeconds == 0) {
            return true;
        }
        return readySince(pod).map(t -> !t.plusSeconds(minReadySeconds).isAfter(now)).orElse(false);
    }

    /** Not being deleted and not in a terminal phase (Kubernetes' {@code IsPodActive}). */
    public static boolean isActive(Pod pod) {
        String phase = pod.getStatus() == null ? null : pod.getStatus().getPhase();
        return !"Succeeded".equals(phase) && !"Failed".equals(phase) && pod.getMetadata().getDeletionTimestamp() == null;
    }
}
