package io.j8s.controllers.nodelifecycle;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.api.model.Toleration;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a pod must leave a node for its NoExecute taints, as Kubernetes' taint eviction decides: at once for a
 * taint it does not tolerate, after the shortest tolerationSeconds otherwise, never when every toleration is
 * unbounded. A pod with no toleration for the not-ready/unreachable taints is treated as tolerating them for
 * {@code defaultTolerationSeconds}, as the DefaultTolerationSeconds admission plugin would have added. Pure.
 */
record TaintEviction(Duration defaultTolerationSeconds) {

    /** The instant the pod is to be evicted, or empty when it may stay for good. */
    Optional<Instant> evictionTime(Pod pod, List<Taint> taints, Instant now) {
        List<Toleration> tolerations = pod.getSpec() == null || pod.getSpec().getTolerations() == null
                ? List.of() : pod.getSpec().getTolerations();
        Instant earliest = null;
        for (Taint taint : taints) {
            if (!"NoExecute".equals(taint.getEffect())) {
                continue;
            }
            Instant added = Optional.ofNullable(NodeHealth.parse(taint.getTimeAdded())).orElse(now);
            Optional<Duration> tolerated = toleratedFor(tolerations, taint);
            if (tolerated.isEmpty()) {
                return Optional.of(now);
            }
            if (tolerated.get().isNegative()) {
                continue; // tolerated forever
            }
            Instant at = added.plus(tolerated.get());
            earliest = earliest == null || at.isBefore(earliest) ? at : earliest;
        }
        return Optional.ofNullable(earliest);
    }

    /** How long the taint is tolerated: empty when not at all, negative when forever. */
    private Optional<Duration> toleratedFor(List<Toleration> tolerations, Taint taint) {
        Duration shortest = null;
        boolean forever = false;
        for (Toleration t : tolerations) {
            if (!tolerates(t, taint)) {
                continue;
            }
            if (t.getTolerationSeconds() == null) {
                forever = true;
            } else {
                Duration d = Duration.ofSeconds(Math.max(0, t.getTolerationSeconds()));
                shortest = shortest == null || d.compareTo(shortest) < 0 ? d : shortest;
            }
        }
        if (shortest != null) {
            return Optional.of(shortest);
        }
        if (forever) {
            return Optional.of(Duration.ofSeconds(-1));
        }
        boolean defaulted = NodeHealth.UNREACHABLE.equals(taint.getKey()) || NodeHealth.NOT_READY.equals(taint.getKey());
        return defaulted ? Optional.of(defaultTolerationSeconds) : Optional.empty();
    }

    /** Kubernetes' {@code Toleration.ToleratesTaint}. */
    static boolean tolerates(Toleration t, Taint taint) {
        if (t.getEffect() != null && !t.getEffect().isEmpty() && !t.getEffect().equals(taint.getEffect())) {
            return false;
        }
        if (t.getKey() != null && !t.getKey().isEmpty() && !t.getKey().equals(taint.getKey())) {
            return false;
        }
        if ("Exists".equals(t.getOperator())) {
            return true;
        }
        String value = t.getValue() == null ? "" : t.getValue();
        String taintValue = taint.getValue() == null ? "" : taint.getValue();
        return (t.getKey() != null && !t.getKey().isEmpty()) && value.equals(taintValue);
    }
}
