package io.j8s.scheduler.plugins;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.api.model.TaintBuilder;
import io.j8s.scheduler.framework.ClusterEvent;
import io.j8s.scheduler.framework.CycleState;
import io.j8s.scheduler.framework.FilterPlugin;
import io.j8s.scheduler.framework.NodeInfo;
import io.j8s.scheduler.framework.Status;
import java.util.Set;

/** Rejects nodes with {@code spec.unschedulable} unless the pod tolerates the unschedulable taint. */
public final class NodeUnschedulable implements FilterPlugin {

    public static final String NAME = "NodeUnschedulable";
    public static final String REASON = "node(s) were unschedulable";
    private static final Taint TAINT = new TaintBuilder().withKey("node.kubernetes.io/unschedulable")
            .withEffect("NoSchedule").build();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<ClusterEvent> eventsToRegister() {
        return Set.of(ClusterEvent.NODE_ADD, ClusterEvent.NODE_UPDATE);
    }

    @Override
    public Status filter(CycleState state, Pod pod, NodeInfo node) {
        Boolean unschedulable = node.node().getSpec() == null ? null : node.node().getSpec().getUnschedulable();
        if (Boolean.TRUE.equals(unschedulable) && !Tolerations.anyTolerates(pod.getSpec().getTolerations(), TAINT)) {
            return Status.unresolvable(REASON);
        }
        return Status.success();
    }
}
