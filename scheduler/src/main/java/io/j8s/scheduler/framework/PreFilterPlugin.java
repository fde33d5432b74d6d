package io.j8s.scheduler.framework;

import io.fabric8.kubernetes.api.model.Pod;

/**
 * Runs once per cycle before filtering, to precompute state or reject the pod outright.
 * Returning {@link Status#skip()} skips this plugin's Filter for the cycle.
 */
public interface PreFilterPlugin extends Plugin {

    Status preFilter(CycleState state, Pod pod, Snapshot snapshot);

    /**
     * Updates precomputed state when preemption simulates removing a pod from, or adding one to,
     * a node. The default suits plugins whose state does not depend on other pods.
     */
    default Status addPod(CycleState state, Pod toSchedule, PodInfo added, NodeInfo node) {
        return Status.success();
    }

    default Status removePod(CycleState state, Pod toSchedule, PodInfo removed, NodeInfo node) {
        return Status.success();
    }
}
