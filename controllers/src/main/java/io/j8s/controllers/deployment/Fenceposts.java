package io.j8s.controllers.deployment;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * Kubernetes' {@code ResolveFenceposts}: maxSurge rounds percentages up, maxUnavailable rounds them down, and both
 * zero means maxUnavailable 1 so a rollout can always make progress.
 */
public record Fenceposts(int maxSurge, int maxUnavailable) {

    static final IntOrString DEFAULT = new IntOrString("25%");

    /** Resolves the two values against {@code desired} replicas. */
    public static Fenceposts resolve(IntOrString maxSurge, IntOrString maxUnavailable, int desired) {
        int surge = scaledValue(maxSurge == null ? DEFAULT : maxSurge, desired, true);
        int unavailable = scaledValue(maxUnavailable == null ? DEFAULT : maxUnavailable, desired, false);
        if (surge == 0 && unavailable == 0) {
            unavailable = 1;
        }
        return new Fenceposts(surge, unavailable);
    }

    /** An int as is, or a percentage of {@code total} rounded up or down ({@code GetScaledValueFromIntOrPercent}). */
    public static int scaledValue(IntOrString value, int total, boolean roundUp) {
        if (value.getIntVal() != null) {
            return value.getIntVal();
        }
        String s = value.getStrVal();
        if (s == null || !s.endsWith("%")) {
            throw new IllegalArgumentException("invalid value for IntOrString: " + s);
        }
        int percent = Integer.parseInt(s.substring(0, s.length() - 1));
        long scaled = (long) percent * total;
        return (int) (roundUp ? (scaled + 99) / 100 : scaled / 100);
    }

    /** The deployment's resolved maxSurge (0 for Recreate). */
    public static int maxSurge(Deployment d) {
        if (!isRollingUpdate(d)) {
            return 0;
        }
        var ru = d.getSpec().getStrategy().getRollingUpdate();
        return resolve(ru == null ? null : ru.getMaxSurge(), ru == null ? null : ru.getMaxUnavailable(),
                replicas(d)).maxSurge();
    }

    /** The deployment's resolved maxUnavailable, at most its replicas (0 for Recreate or zero replicas). */
    public static int maxUnavailable(Deployment d) {
        if (!isRollingUpdate(d) || replicas(d) == 0) {
            return 0;
        }
        var ru = d.getSpec().getStrategy().getRollingUpdate();
        int unavailable = resolve(ru == null ? null : ru.getMaxSurge(), ru == null ? null : ru.getMaxUnavailable(),
                replicas(d)).maxUnavailable();
        return Math.min(unavailable, replicas(d));
    }

    static boolean isRollingUpdate(Deployment d) {
        var strategy = d.getSpec().getStrategy();
        return strategy == null || strategy.getType() == null || "RollingUpdate".equals(strategy.getType());
    }

    static int replicas(Deployment d) {
        Integer r = d.getSpec().getReplicas();
        return r == null ? 1 : r;
    }
}
