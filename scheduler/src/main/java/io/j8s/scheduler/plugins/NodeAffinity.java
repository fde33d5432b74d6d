package io.j8s.scheduler.plugins;

import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PreferredSchedulingTerm;
import io.j8s.scheduler.framework.ClusterEvent;
import io.j8s.scheduler.framework.CycleState;
import io.j8s.scheduler.framework.FilterPlugin;
import io.j8s.scheduler.framework.NodeInfo;
import io.j8s.scheduler.framework.ScorePlugin;
import io.j8s.scheduler.framework.Status;
import java.util.List;
import java.util.Set;

/**
 * Filters by {@code spec.nodeSelector} and required node affinity; scores by the summed weights of
 * the preferred node affinity terms a node matches.
 */
public final class NodeAffinity implements FilterPlugin, ScorePlugin {

    public static final String NAME = "NodeAffinity";
    public static final String REASON = "node(s) didn't match Pod's node affinity/selector";

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
        return NodeSelectors.matchesRequired(pod, node) ? Status.success() : Status.unresolvable(REASON);
    }

    @Override
    public long score(CycleState state, Pod pod, NodeInfo node) {
        Affinity affinity = pod.getSpec().getAffinity();
        if (affinity == null || affinity.getNodeAffinity() == null) {
            return 0;
        }
        List<PreferredSchedulingTerm> preferred =
                affinity.getNodeAffinity().getPreferredDuringSchedulingIgnoredDuringExecution();
        long sum = 0;
        for (PreferredSchedulingTerm t : preferred) {
            if (t.getWeight() != null && t.getWeight() != 0 && t.getPreference() != null
                    && NodeSelectors.matchesTerm(t.getPreference(), node)) {
                sum += t.getWeight();
            }
        }
        return sum;
    }

    @Override
    public void normalizeScores(CycleState state, Pod pod, List<NodeInfo> nodes, long[] scores) {
        ScorePlugin.defaultNormalize(scores, false);
    }
}
