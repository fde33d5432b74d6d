package io.j8s.scheduler.plugins;

import io.fabric8.kubernetes.api.model.Pod;
import io.j8s.scheduler.framework.ClusterEvent;
import io.j8s.scheduler.framework.CycleState;
import io.j8s.scheduler.framework.NodeInfo;
import io.j8s.scheduler.framework.PodRequests;
import io.j8s.scheduler.framework.Resource;
import io.j8s.scheduler.framework.PreScorePlugin;
import io.j8s.scheduler.framework.ScorePlugin;
import io.j8s.scheduler.framework.Status;
import java.util.List;
import java.util.Set;

/** Prefers nodes whose cpu and memory would be used in equal fractions: score = (1 - std dev) * 100. */
public final class NodeResourcesBalancedAllocation implements PreScorePlugin, ScorePlugin {

    public static final String NAME = "NodeResourcesBalancedAllocation";
    private static final String KEY = "PreScore" + NAME;

    private record Requests(Resource resource) implements CycleState.StateData {
        @Override
        public CycleState.StateData copy() {
            return this;
        }
    }

    @Override
    public Status preScore(CycleState state, Pod pod, List<NodeInfo> nodes) {
        state.write(KEY, new Requests(PodRequests.nonZero(pod)));
        return Status.success();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<ClusterEvent> eventsToRegister() {
        return Set.of(ClusterEvent.NODE_ADD, ClusterEvent.NODE_UPDATE, ClusterEvent.ASSIGNED_POD_DELETE);
    }

    @Override
    public long score(CycleState state, Pod pod, NodeInfo node) {
        Requests r = state.read(KEY);
        Resource podReq = r == null ? PodRequests.nonZero(pod) : r.resource();
        double cpu = fraction(node, podReq, Resource.CPU);
        double mem = fraction(node, podReq, Resource.MEMORY);
        if (Double.isNaN(cpu) || Double.isNaN(mem)) {
            return 0;
        }
        double std = Math.abs(cpu - mem) / 2;
        return (long) ((1 - std) * MAX_NODE_SCORE);
    }

    private static double fraction(NodeInfo node, Resource podReq, String name) {
        long alloc = node.allocatable().get(name);
        if (alloc == 0) {
            return Double.NaN;
        }
        return Math.min(1.0, (double) NodeResourcesFit.requestedWith(node, podReq, name) / alloc);
    }
}
