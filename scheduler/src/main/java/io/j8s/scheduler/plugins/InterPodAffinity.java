package io.j8s.scheduler.plugins;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.WeightedPodAffinityTerm;
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
 * Required and preferred pod affinity and anti-affinity over any topology key, including the
 * required anti-affinity of pods already running (symmetry).
 */
public final class InterPodAffinity implements PreFilterPlugin, FilterPlugin, PreScorePlugin, ScorePlugin {

    public static final String NAME = "InterPodAffinity";
    public static final String AFFINITY_REASON = "node(s) didn't match pod affinity rules";
    public static final String ANTI_AFFINITY_REASON = "node(s) didn't match pod anti-affinity rules";
    public static final String EXISTING_ANTI_AFFINITY_REASON = "node(s) didn't satisfy existing pods anti-affinity rules";
    private static final String KEY = "PreFilter" + NAME;
    private static final String SCORE_KEY = "PreScore" + NAME;
    private static final int HARD_POD_AFFINITY_WEIGHT = 1;

    private final FrameworkHandle handle;

    public InterPodAffinity(FrameworkHandle handle) {
        this.handle = handle;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<ClusterEvent> eventsToRegister() {
        return Set.of(ClusterEvent.ASSIGNED_POD_ADD, ClusterEvent.ASSIGNED_POD_DELETE,
                ClusterEvent.ASSIGNED_POD_UPDATE, ClusterEvent.NODE_ADD, ClusterEvent.NODE_UPDATE);
    }

    @Override
    public Status preFilter(CycleState state, Pod pod, Snapshot snapshot) {
        PodInfo incoming = PodInfo.of(pod);
        State s = new State(AffinityTerm.ofAll(pod, incoming.requiredAffinity()),
                AffinityTerm.ofAll(pod, incoming.requiredAntiAffinity()),
                new HashMap<>(), new HashMap<>(), new HashMap<>());
        for (NodeInfo node : snapshot.nodesWithRequiredAntiAffinityPods()) {
            for (PodInfo existing : node.pods()) {
                updateExistingAnti(s, pod, existing, node, 1);
            }
        }
        if (!s.affinity().isEmpty() || !s.antiAffinity().isEmpty()) {
            for (NodeInfo node : snapshot.nodes()) {
                for (PodInfo existing : node.pods()) {
                    updateIncoming(s, existing, node, 1);
                }
            }
        }
        state.write(KEY, s);
        return Status.success();
    }

    private void updateExistingAnti(State s, Pod incoming, PodInfo existing, NodeInfo node, int delta) {
        for (AffinityTerm t : AffinityTerm.ofAll(existing.pod(), existing.requiredAntiAffinity())) {
            String value = node.labels().get(t.topologyKey());
            if (value != null && t.matches(incoming, handle.lister())) {
                s.existingAnti().merge(new TopologyPair(t.topologyKey(), value), delta, Integer::sum);
            }
        }
    }

    private void updateIncoming(State s, PodInfo existing, NodeInfo node, int delta) {
        if (!s.affinity().isEmpty()) {
            boolean all = true;
            for (AffinityTerm t : s.affinity()) {
                all &= t.matches(existing.pod(), handle.lister());
            }
            if (all) {
                for (AffinityTerm t : s.affinity()) {
                    String value = node.labels().get(t.topologyKey());
                    if (value != null) {
                        s.affinityCounts().merge(new TopologyPair(t.topologyKey(), value), delta, Integer::sum);
                    }
                }
            }
        }
        for (AffinityTerm t : s.antiAffinity()) {
            String value = node.labels().get(t.topologyKey());
            if (value != null && t.matches(existing.pod(), handle.lister())) {
                s.antiCounts().merge(new TopologyPair(t.topologyKey(), value), delta, Integer::sum);
            }
        }
    }

    @Override
    public Status addPod(CycleState state, Pod toSchedule, PodInfo added, NodeInfo node) {
        State s = state.read(KEY);
        updateExistingAnti(s, toSchedule, added, node, 1);
        updateIncoming(s, added, node, 1);
        return Status.success();
    }

    @Override
    public Status removePod(CycleState state, Pod toSchedule, PodInfo removed, NodeInfo node) {
        State s = state.read(KEY);
        updateExistingAnti(s, toSchedule, removed, node, -1);
        updateIncoming(s, removed, node, -1);
        return Status.success();
    }

    @Override
    public Status filter(CycleState state, Pod pod, NodeInfo node) {
        State s = state.read(KEY);
        if (!satisfiesAffinity(s, pod, node)) {
            return Status.unresolvable(AFFINITY_REASON);
        }
        for (AffinityTerm t : s.antiAffinity()) {
            String value = node.labels().get(t.topologyKey());
            if (value != null && s.antiCounts().getOrDefault(new TopologyPair(t.topologyKey(), value), 0) > 0) {
                return Status.unschedulable(ANTI_AFFINITY_REASON);
            }
        }
        for (var e : s.existingAnti().entrySet()) {
            if (e.getValue() > 0 && e.getKey().value().equals(node.labels().get(e.getKey().key()))) {
                return Status.unschedulable(EXISTING_ANTI_AFFINITY_REASON);
            }
        }
        return Status.success();
    }

    private boolean satisfiesAffinity(State s, Pod pod, NodeInfo node) {
        boolean podsExist = true;
        for (AffinityTerm t : s.affinity()) {
            String value = node.labels().get(t.topologyKey());
            if (value == null) {
                return false;
            }
            if (s.affinityCounts().getOrDefault(new TopologyPair(t.topologyKey(), value), 0) <= 0) {
                podsExist = false;
            }
        }
        if (podsExist) {
            return true;
        }
        // The first pod of a group that selects itself may go anywhere, or it could never start.
        if (!s.affinityCounts().values().stream().allMatch(c -> c <= 0)) {
            return false;
        }
        for (AffinityTerm t : s.affinity()) {
            if (!t.matches(pod, handle.lister())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Status preScore(CycleState state, Pod pod, List<NodeInfo> nodes) {
        PodInfo incoming = PodInfo.of(pod);
        List<AffinityTerm> preferred = weighted(pod, incoming.preferredAffinity());
        List<AffinityTerm> preferredAnti = weighted(pod, incoming.preferredAntiAffinity());
        Snapshot snapshot = handle.snapshot();
        List<NodeInfo> candidates = preferred.isEmpty() && preferredAnti.isEmpty()
                ? snapshot.nodesWithAffinityPods() : snapshot.nodes();
        Map<TopologyPair, Long> scores = new HashMap<>();
        for (NodeInfo node : candidates) {
            for (PodInfo existing : node.pods()) {
                add(scores, preferred, existing.pod(), node, 1);
                add(scores, preferredAnti, existing.pod(), node, -1);
                if (existing.hasAffinity()) {
                    addSymmetric(scores, AffinityTerm.ofAll(existing.pod(), existing.requiredAffinity()),
                            pod, node, HARD_POD_AFFINITY_WEIGHT);
                    addSymmetric(scores, weighted(existing.pod(), existing.preferredAffinity()), pod, node, 1);
                    addSymmetric(scores, weighted(existing.pod(), existing.preferredAntiAffinity()), pod, node, -1);
                }
            }
        }
        if (scores.isEmpty()) {
            return Status.skip();
        }
        state.write(SCORE_KEY, new ScoreState(scores));
        return Status.success();
    }

    private static List<AffinityTerm> weighted(Pod owner, List<WeightedPodAffinityTerm> terms) {
        List<AffinityTerm> list = new ArrayList<>();
        for (WeightedPodAffinityTerm t : terms) {
            if (t.getPodAffinityTerm() != null && t.getWeight() != null) {
                AffinityTerm term = AffinityTerm.of(owner, t.getPodAffinityTerm(), t.getWeight());
                list.add(term);
            }
        }
        return list;
    }

    private void add(Map<TopologyPair, Long> scores, List<AffinityTerm> terms, Pod existing, NodeInfo node, int sign) {
        for (AffinityTerm t : terms) {
            String value = node.labels().get(t.topologyKey());
            if (value != null && t.matches(existing, handle.lister())) {
                scores.merge(new TopologyPair(t.topologyKey(), value), (long) sign * t.weight(), Long::sum);
            }
        }
    }

    private void addSymmetric(Map<TopologyPair, Long> scores, List<AffinityTerm> terms, Pod incoming,
                              NodeInfo node, int sign) {
        add(scores, terms, incoming, node, sign);
    }

    @Override
    public long score(CycleState state, Pod pod, NodeInfo node) {
        ScoreState s = state.read(SCORE_KEY);
        long total = 0;
        for (var e : s.scores().entrySet()) {
            if (e.getKey().value().equals(node.labels().get(e.getKey().key()))) {
                total += e.getValue();
            }
        }
        return total;
    }

    @Override
    public void normalizeScores(CycleState state, Pod pod, List<NodeInfo> nodes, long[] scores) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long s : scores) {
            min = Math.min(min, s);
            max = Math.max(max, s);
        }
        for (int i = 0; i < scores.length; i++) {
            scores[i] = max == min ? 0 : MAX_NODE_SCORE * (scores[i] - min) / (max - min);
        }
    }

    private record State(List<AffinityTerm> affinity, List<AffinityTerm> antiAffinity,
                         Map<TopologyPair, Integer> existingAnti, Map<TopologyPair, Integer> affinityCounts,
                         Map<TopologyPair, Integer> antiCounts) implements CycleState.StateData {
        @Override
        public CycleState.StateData copy() {
            return new State(affinity, antiAffinity, new HashMap<>(existingAnti), new HashMap<>(affinityCounts),
                    new HashMap<>(antiCounts));
        }
    }

    private record ScoreState(Map<TopologyPair, Long> scores) implements CycleState.StateData {
        @Override
        public CycleState.StateData copy() {
            return this;
        }
    }
}
