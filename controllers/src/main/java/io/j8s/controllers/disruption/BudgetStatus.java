package io.j8s.controllers.disruption;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.List;

/**
 * A PodDisruptionBudget's computed status numbers, from its minAvailable/maxUnavailable against the pods it
 * selects, as Kubernetes' disruption controller derives them. Pure.
 */
record BudgetStatus(int currentHealthy, int desiredHealthy, int disruptionsAllowed, int expectedPods) {

    /**
     * @param pods the selected, non-terminating pods
     * @param expectedScale the pods the selected pods' controllers want (their scale), counting each pod without
     *     a known controller as one
     */
    static BudgetStatus of(IntOrString minAvailable, IntOrString maxUnavailable, List<Pod> pods, int expectedScale) {
        int healthy = (int) pods.stream().filter(BudgetStatus::ready).count();
        int expected;
        int desired;
        if (maxUnavailable != null) {
            expected = expectedScale;
            desired = Math.max(0, expected - scaled(maxUnavailable, expected));
        } else if (minAvailable != null && minAvailable.getStrVal() == null) {
            expected = pods.size();
            desired = minAvailable.getIntVal() == null ? 0 : minAvailable.getIntVal();
        } else if (minAvailable != null) {
            expected = expectedScale;
            desired = scaled(minAvailable, expected);
        } else {
            expected = 0;
            desired = 0;
        }
        int allowed = expected <= 0 ? 0 : Math.max(0, healthy - desired);
        return new BudgetStatus(healthy, desired, allowed, expected);
    }

    /** An int as is, a percentage of {@code total} rounded up (intstr.GetScaledValueFromIntOrPercent, roundUp). */
    static int scaled(IntOrString value, int total) {
        if (value.getStrVal() == null) {
            return value.getIntVal() == null ? 0 : value.getIntVal();
        }
        String s = value.getStrVal().trim();
        if (!s.endsWith("%")) {
            return Integer.parseInt(s);
        }
        int percent = Integer.parseInt(s.substring(0, s.length() - 1));
        return (int) Math.ceil(percent * (double) total / 100.0);
    }

    static boolean ready(Pod pod) {
        return pod.getStatus() != null && pod.getStatus().getConditions() != null && pod.getStatus().getConditions()
                .stream().anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
    }
}
