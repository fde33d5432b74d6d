package io.j8s.scheduler.framework;

import io.fabric8.kubernetes.api.model.Pod;

/** Claims resources for the pod on the chosen node before binding; undone by unreserve on failure. */
public interface ReservePlugin extends Plugin {

    Status reserve(CycleState state, Pod pod, String nodeName);

    void unreserve(CycleState state, Pod pod, String nodeName);
}
