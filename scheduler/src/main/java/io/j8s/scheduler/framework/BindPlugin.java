package io.j8s.scheduler.framework;

import io.fabric8.kubernetes.api.model.Pod;

/** Binds a pod to a node; {@link Status#skip()} passes to the next bind plugin. */
public interface BindPlugin extends Plugin {

    Status bind(CycleState state, Pod pod, String nodeName);
}
