package io.j8s.scheduler.framework;

import io.fabric8.kubernetes.api.model.Pod;
import java.util.Map;

/** Runs when no node fits, to make room (preemption). */
public interface PostFilterPlugin extends Plugin {

    /**
     * @param filteredStatuses the rejection of each node by name
     * @return a status and, on success, the node the pod is nominated to
     */
    PostFilterResult postFilter(CycleState state, Pod pod, Map<String, Status> filteredStatuses);

    record PostFilterResult(Status status, String nominatedNodeName) {
    }
}
