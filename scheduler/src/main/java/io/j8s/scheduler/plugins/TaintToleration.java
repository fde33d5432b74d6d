package io.j8s.scheduler.plugins;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.api.model.Toleration;
import io.j8s.scheduler.framework.ClusterEvent;
import io.j8s.scheduler.framework.CycleState;
import io.j8s.scheduler.framework.FilterPlugin;
import io.j8s.scheduler.framework.NodeInfo;
import io.j8s.scheduler.framework.PreScorePlugin;
import io.j8s.scheduler.framework.ScorePlugin;
import io.j8s.scheduler.framework.Status;
import java.util.List;
import java.util.Set;

/**
 * Filters out nodes with NoSchedule or NoExecute taints the pod does not tolerate; prefers nodes
 * with fewer untolerated PreferNoSchedule taints.
 */
public final class TaintToleration implements FilterPlugin, PreScorePlugin, ScorePlugin {

    public static final String NAME = "TaintToleration";
    private static final String KEY = "PreScore" + NAME;

    /** The pod's tolerations that can tolerate PreferNoSchedule taints, computed once per cycle. */
    private record Preferred(List<Toleration> tolerations) implements CycleState.StateData {
        @Override
        public CycleState.StateData copy() {
            return this;
        }
    }

    @Override
    public Status preScore(CycleState state, Pod pod, List<NodeInfo> nodes) {
        state.write(KEY, new Preferred(preferNoScheduleTolerations(pod)));
        return Status.success();
    }

    private static List<Toleration> preferNoScheduleTolerations(Pod pod) {
        return pod.getSpec().getTolerations().stream()
                .filter(t -> t.getEffect() == null || t.getEffect().isEmpty() || "PreferNoSchedule".equals(t.getEffect()))
                .toList();
    }

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
        List<Taint> taints = node.node().getSpec() == null ? null : node.node().getSpec().getTaints();
        if (taints == null) {
            return Status.success();
        }
        List<Toleration> tolerations = pod.getSpec().getTolerations();
        for (Taint taint : taints) {
            boolean hard = "NoSchedule".equals(taint.getEffect()) || "NoExecute".equals(taint.getEffect());
            if (hard && !Tolerations.anyTolerates(tolerations, taint)) {
                return Status.unresolvable("node(s) had untolerated taint {" + taint.getKey() + ": "
                        + (taint.getValue() == null ? "" : taint.getValue()) + "}");
            }
        }
        return Status.success();
    }

    @Override
    public long score(CycleState state, Pod pod, NodeInfo node) {
        List<Taint> taints = node.node().getSpec() == null ? null : node.node().getSpec().getTaints();
        if (taints == null) {
            return 0;
        }
        Preferred pre = state.read(KEY);
        List<Toleration> preferNoSchedule = pre == null ? preferNoScheduleTolerations(pod) : pre.tolerations();
        long count = 0;
        for (Taint taint : taints) {
            if ("PreferNoSchedule".equals(taint.getEffect()) && !Tolerations.anyTolerates(preferNoSchedule, taint)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public void normalizeScores(CycleState state, Pod pod, List<NodeInfo> nodes, long[] scores) {
        ScorePlugin.defaultNormalize(scores, true);
    }
}
