package io.j8s.scheduler.plugins;

import io.fabric8.kubernetes.api.model.Pod;
import io.j8s.scheduler.framework.ClusterEvent;
import io.j8s.scheduler.framework.CycleState;
import io.j8s.scheduler.framework.FilterPlugin;
import io.j8s.scheduler.framework.HostPort;
import io.j8s.scheduler.framework.NodeInfo;
import io.j8s.scheduler.framework.Status;
import java.util.List;
import java.util.Set;

/** Rejects nodes where a host port the pod wants is already taken on a conflicting IP. */
public final class NodePorts implements FilterPlugin {

    public static final String NAME = "NodePorts";
    public static final String REASON = "node(s) didn't have free ports for the requested pod ports";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<ClusterEvent> eventsToRegister() {
        return Set.of(ClusterEvent.NODE_ADD, ClusterEvent.ASSIGNED_POD_DELETE);
    }

    @Override
    public Status filter(CycleState state, Pod pod, NodeInfo node) {
        List<HostPort> wanted = NodeInfo.hostPorts(pod);
        for (HostPort w : wanted) {
            for (HostPort used : node.usedPorts()) {
                if (w.conflictsWith(used)) {
                    return Status.unschedulable(REASON);
                }
            }
        }
        return Status.success();
    }
}
