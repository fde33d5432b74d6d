package io.j8s.scheduler.plugins;

import io.fabric8.kubernetes.api.model.LabelSelectorRequirementBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.j8s.apimachinery.labels.LabelSelector;
import io.j8s.scheduler.framework.ClusterEvent;
import io.j8s.scheduler.framework.CycleState;
import io.j8s.scheduler.framework.FilterPlugin;
import io.j8s.scheduler.framework.FrameworkHandle;
import io.j8s.scheduler.framework.NodeInfo;
import io.j8s.scheduler.framework.PodInfo;
import io.j8s.scheduler.framework.PreFilterPlugin;
import io.j8s.scheduler.framework.PreScorePlugin;
import io.j8s.scheduler.framework.ScorePlugin;
import io.j8s.scheduler.framework.Snapshot;
import io.j8s.scheduler.framework.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Spreads matching pods across topology domains: DoNotSchedule constraints filter nodes whose domain
 * would exceed maxSkew over the least-loaded domain; ScheduleAnyway constraints prefer emptier domains.
 */
public final class PodTopologySpread implements PreFilterPlugin, FilterPlugin, PreScorePlugin, ScorePlugin {

    public static final String NAME = "PodTopologySpread";
    public static final String REASON = "node(s) didn't match pod topology spread constraints";
    public static final String MISSING_LABEL_REASON = REASON + " (missing required label)";
    private static final String KEY = "PreFilter" + NAME;
    private static final String SCORE_KEY = "PreScore" + NAME;

    private final FrameworkHandle handle;

    public PodTopologySpread(FrameworkHandle handle) {
        this.handle = handle;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<ClusterEvent> eventsToRegister() {
        return Set.of(ClusterEvent.ASSIGNED_POD_ADD, ClusterEvent.ASSIGNED_POD_DELETE,
                ClusterEvent.ASSIGNED_POD_UPDATE, ClusterEvent.NODE_ADD, ClusterEvent.NODE_UPDATE,
                ClusterEvent.NODE_DELETE);
    }

    /** A constraint with its selector compiled (matchLabelKeys folded in). */
    record Constraint(String topologyKey, int maxSkew, Integer minDomains, LabelSelector selector) {
        static List<Constraint> of(Pod pod, String whenUnsatisfiable) {
            List<Constraint> list = new ArrayList<>();
            for (TopologySpreadConstraint c : pod.getSpec().getTopologySpreadConstraints()) {
                if (!whenUnsatisfiable.equals(c.getWhenUnsatisfiable())) {
                    continue;
                }
                var model = c.getLabelSelector() == null ? new io.fabric8.kubernetes.api.model.LabelSelector()
                        : new io.fabric8.kubernetes.api.model.LabelSelectorBuilder(c.getLabelSelector()).build();
                Map<String, String> podLabels = AffinityTerm.labels(pod.getMetadata().getLabels());
                for (String key : c.getMatchLabelKeys()) {
                    if (podLabels.containsKey(key)) {
                        model.getMatchExpressions().add(new LabelSelectorRequirementBuilder().withKey(key)
                                .withOperator("In").withValues(podLabels.get(key)).build());
                    }
                }
                LabelSelector selector = c.getLabelSelector() == null && c.getMatchLabelKeys().isEmpty()
                        ? LabelSelector.nothing() : LabelSelector.fromModel(model);
                list.add(new Constraint(c.getTopologyKey(), c.getMaxSkew() == null ? 1 : c.getMaxSkew(),
                        c.getMinDomains(), selector));
            }
            return list;
        }
    }

    private static boolean counts(Pod pod, Pod existing, Constraint c) {
        return existing.getMetadata().getDeletionTimestamp() == null
                && pod.getMetadata().getNamespace().equals(existing.getMetadata().getNamespace())
                && c.selector().matches(AffinityTerm.labels(existing.getMetadata().getLabels()));
    }

    private static boolean hasAllKeys(NodeInfo node, List<Constraint> constraints) {
        for (Constraint c : constraints) {
            if (!node.labels().containsKey(c.topologyKey())) {
                return false;
            }
        }
        return true;
    }

    /** Matching pods per domain, for every constraint, over nodes the pod's node affinity allows. */
    private static List<Map<String, Integer>> countDomains(Pod pod, List<Constraint> constraints, List<NodeInfo> nodes) {
        List<Map<String, Integer>> result = new ArrayList<>();
        for (int i = 0; i < constraints.size(); i++) {
            result.add(new HashMap<>());
        }
        for (NodeInfo node : nodes) {
            if (!hasAllKeys(node, constraints) || !NodeSelectors.matchesRequired(pod, node)) {
                continue;
            }
            for (int i = 0; i < constraints.size(); i++) {
                Constraint c = constraints.get(i);
                int n = 0;
                for (PodInfo p : node.pods()) {
                    if (counts(pod, p.pod(), c)) {
                        n++;
                    }
                }
                result.get(i).merge(node.labels().get(c.topologyKey()), n, Integer::sum);
            }
        }
        return result;
    }

    @Override
    public Status preFilter(CycleState state, Pod pod, Snapshot snapshot) {
        List<Constraint> constraints = Constraint.of(pod, "DoNotSchedule");
        if (constraints.isEmpty()) {
            return Status.skip();
        }
        state.write(KEY, new State(constraints, countDomains(pod, constraints, snapshot.nodes())));
        return Status.success();
    }

    @Override
    public Status addPod(CycleState state, Pod toSchedule, PodInfo added, NodeInfo node) {
        return update(state, toSchedule, added, node, 1);
    }

    @Override
    public Status removePod(CycleState state, Pod toSchedule, PodInfo removed, NodeInfo node) {
        return update(state, toSchedule, removed, node, -1);
    }

    private Status update(CycleState state, Pod pod, PodInfo changed, NodeInfo node, int delta) {
        State s = state.read(KEY);
        if (s == null || !hasAllKeys(node, s.constraints()) || !NodeSelectors.matchesRequired(pod, node)) {
            return Status.success();
        }
        for (int i = 0; i < s.constraints().size(); i++) {
            Constraint c = s.constraints().get(i);
            if (counts(pod, changed.pod(), c)) {
                s.counts().get(i).merge(node.labels().get(c.topologyKey()), delta, Integer::sum);
            }
        }
        return Status.success();
    }

    @Override
    public Status filter(CycleState state, Pod pod, NodeInfo node) {
        State s = state.read(KEY);
        for (int i = 0; i < s.constraints().size(); i++) {
            Constraint c = s.constraints().get(i);
            String value = node.labels().get(c.topologyKey());
            if (value == null) {
                return Status.unresolvable(MISSING_LABEL_REASON);
            }
            Map<String, Integer> domains = s.counts().get(i);
            int min = domains.values().stream().mapToInt(Integer::intValue).min().orElse(0);
            if (c.minDomains() != null && domains.size() < c.minDomains()) {
                min = 0;
            }
            int self = c.selector().matches(AffinityTerm.labels(pod.getMetadata().getLabels())) ? 1 : 0;
            int skew = domains.getOrDefault(value, 0) + self - min;
            if (skew > c.maxSkew()) {
                return Status.unschedulable(REASON);
            }
        }
        return Status.success();
    }

    @Override
    public Status preScore(CycleState state, Pod pod, List<NodeInfo> nodes) {
        List<Constraint> constraints = Constraint.of(pod, "ScheduleAnyway");
        if (constraints.isEmpty()) {
            return Status.skip();
        }
        List<Map<String, Integer>> counts = countDomains(pod, constraints, handle.snapshot().nodes());
        double[] weights = new double[constraints.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Math.log(counts.get(i).size() + 2);
        }
        state.write(SCORE_KEY, new ScoreState(constraints, counts, weights));
        return Status.success();
    }

    @Override
    public long score(CycleState state, Pod pod, NodeInfo node) {
        ScoreState s = state.read(SCORE_KEY);
        if (!hasAllKeys(node, s.constraints())) {
            return -1;
        }
        double score = 0;
        for (int i = 0; i < s.constraints().size(); i++) {
            Constraint c = s.constraints().get(i);
            int n = s.counts().get(i).getOrDefault(node.labels().get(c.topologyKey()), 0);
            score += n * s.weights()[i] + (c.maxSkew() - 1);
        }
        return Math.round(score);
    }

    /** Fewer matching pods score higher; nodes without the topology keys score 0. */
    @Override
    public void normalizeScores(CycleState state, Pod pod, List<NodeInfo> nodes, long[] scores) {
        long min = Long.MAX_VALUE;
        long max = 0;
        for (long s : scores) {
            if (s >= 0) {
                min = Math.min(min, s);
                max = Math.max(max, s);
            }
        }
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] < 0) {
                scores[i] = 0;
            } else if (max == 0) {
                scores[i] = MAX_NODE_SCORE;
            } else {
                scores[i] = MAX_NODE_SCORE * (max + min - scores[i]) / max;
            }
        }
    }

    private record State(List<Constraint> constraints, List<Map<String, Integer>> counts)
            implements CycleState.StateData {
        @Override
        public CycleState.StateData copy() {
            List<Map<String, Integer>> copied = new ArrayList<>();
            counts.forEach(m -> copied.add(new HashMap<>(m)));
            return new State(constraints, copied);
        }
    }

    private record ScoreState(List<Constraint> constraints, List<Map<String, Integer>> counts, double[] weights)
            implements CycleState.StateData {
        @Override
        public CycleState.StateData copy() {
            return this;
        }
    }
}
