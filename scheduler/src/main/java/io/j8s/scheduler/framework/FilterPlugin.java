package io.j8s.scheduler.framework;

import io.fabric8.kubernetes.api.model.Pod;

/** Decides whether a pod can run on one node. Called concurrently-free, once per node per cycle. */
public interface FilterPlugin extends Plugin {

    Status filter(CycleState state, Pod pod, NodeInfo node);
}
