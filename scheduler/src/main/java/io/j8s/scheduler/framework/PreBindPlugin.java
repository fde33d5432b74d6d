package io.j8s.scheduler.framework;

import io.fabric8.kubernetes.api.model.Pod;

/** Work needed before binding, such as provisioning volumes; runs off the scheduling thread. */
public interface PreBindPlugin extends Plugin {

    Status preBind(CycleState state, Pod pod, String nodeName);
}
