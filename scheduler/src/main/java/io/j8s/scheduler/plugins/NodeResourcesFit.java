package io.j8s.scheduler.plugins;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Pod;
import io.j8s.scheduler.framework.ClusterEvent;
import io.j8s.scheduler.framework.CycleState;
import io.j8s.scheduler.framework.FilterPlugin;
import io.j8s.scheduler.framework.NodeInfo;
import io.j8s.scheduler.framework.PodRequests;
import io.j8s.scheduler.framework.PreFilterPlugin;
import io.j8s.scheduler.framework.PreScorePlugin;
import io.j8s.scheduler.framework.Resource;
import io.j8s.scheduler.framework.ScorePlugin;
import io.j8s.scheduler.framework.Snapshot;
import io.j8s.scheduler.framework.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Filters nodes without room for the pod's requests (cpu, memory, ephemeral-storage, pods, extended
 * resources) and scores by the configured strategy, LeastAllocated (spread) or MostAllocated (pack).
 */
public final class NodeResourcesFit implements PreFilterPlugin, FilterPlugin, PreScorePlugin, ScorePlugin {

    public static final String NAME = "NodeResourcesFit";
    private static final String KEY = "PreFilter" + NAME;
    private static final String SCORE_KEY = "PreScore" + NAME;

    /** How requests turn into a score. */
    public enum Strategy { LEAST_ALLOCATED, MOST_ALLOCATED }

    private final Strategy strategy;
    private final Map<String, Integer> resourceWeights;

    public NodeResourcesFit() {
        this(Strategy.LEAST_ALLOCATED, Map.of(Resource.CPU, 1, Resource.MEMORY, 1));
    }

    public NodeResourcesFit(Strategy strategy, Map<String, Integer> resourceWeights) {
        this.strategy = strategy;
        this.resourceWeights = new LinkedHashMap<>(new TreeMap<>(resourceWeights));
    }

    /** Reads NodeResourcesFitArgs: {@code scoringStrategy: {type, resources: [{name, weight}]}}. */
    public static NodeResourcesFit fromArgs(JsonNode args) {
        JsonNode s = args.path("scoringStrategy");
        String type = s.path("type").asText("LeastAllocated");
        Strategy strategy = switch (type) {
            case "LeastAllocated" -> Strategy.LEAST_ALLOCATED;
            case "MostAllocated" -> Strategy.MOST_ALLOCATED;
            default -> throw new IllegalArgumentException("scoringStrategy.type: Unsupported value: \"" + type
                    + "\": supported values: \"LeastAllocated\", \"MostAllocated\"");
        };
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (JsonNode r : s.path("resources")) {
            weights.put(r.path("name").asText(), r.path("weight").asInt(1));
        }
        if (weights.isEmpty()) {
            weights.put(Resource.CPU, 1);
            weights.put(Resource.MEMORY, 1);
        }
        return new NodeResourcesFit(strategy, weights);
    }

    @Override
    public String name() {
        return NAME;
    }

    public Strategy strategy() {
        return strategy;
    }

    @Override
    public Set<ClusterEvent> eventsToRegister() {
        return Set.of(ClusterEvent.NODE_ADD, ClusterEvent.NODE_UPDATE, ClusterEvent.ASSIGNED_POD_DELETE,
                ClusterEvent.ASSIGNED_POD_UPDATE);
    }

    @Override
    public Status preFilter(CycleState state, Pod pod, Snapshot snapshot) {
        state.write(KEY, new Requests(PodRequests.of(pod)));
        return Status.success();
    }

    @Override
    public Status filter(CycleState state, Pod pod, NodeInfo node) {
        Requests r = state.read(KEY);
        Resource req = r == null ? PodRequests.of(pod) : r.resource();
        if (fitsQuickly(req, node)) {
            return Status.success();
        }
        List<String> reasons = insufficient(req, node);
        return reasons.isEmpty() ? Status.success()
                : new Status(io.j8s.scheduler.framework.Code.UNSCHEDULABLE, reasons, null);
    }

    /** The common case without allocations: plain arithmetic, no reason strings. */
    private static boolean fitsQuickly(Resource req, NodeInfo node) {
        Resource alloc = node.allocatable();
        Resource used = node.requested();
        return req.scalar().isEmpty() && node.pods().size() + 1 <= alloc.allowedPodNumber()
                && req.milliCpu() <= alloc.milliCpu() - used.milliCpu()
                && req.memory() <= alloc.memory() - used.memory()
                && req.ephemeralStorage() <= alloc.ephemeralStorage() - used.ephemeralStorage();
    }

    /** The reasons a node cannot hold these requests, worded as Kubernetes' fitsRequest. */
    static List<String> insufficient(Resource req, NodeInfo node) {
        List<String> reasons = new ArrayList<>();
        Resource alloc = node.allocatable();
        Resource used = node.requested();
        if (node.pods().size() + 1 > alloc.allowedPodNumber()) {
            reasons.add("Too many pods");
        }
        check(reasons, Resource.CPU, req.milliCpu(), alloc.milliCpu(), used.milliCpu());
        check(reasons, Resource.MEMORY, req.memory(), alloc.memory(), used.memory());
        check(reasons, Resource.EPHEMERAL_STORAGE, req.ephemeralStorage(), alloc.ephemeralStorage(),
                used.ephemeralStorage());
        if (!req.scalar().isEmpty()) {
            for (var e : new TreeMap<>(req.scalar()).entrySet()) {
                check(reasons, e.getKey(), e.getValue(), alloc.get(e.getKey()), used.get(e.getKey()));
            }
        }
        return reasons;
    }

    private static void check(List<String> reasons, String name, long want, long alloc, long used) {
        if (want > 0 && want > alloc - used) {
            reasons.add("Insufficient " + name);
        }
    }

    @Override
    public Status preScore(CycleState state, Pod pod, List<NodeInfo> nodes) {
        state.write(SCORE_KEY, new Requests(PodRequests.nonZero(pod)));
        return Status.success();
    }

    @Override
    public long score(CycleState state, Pod pod, NodeInfo node) {
        Requests r = state.read(SCORE_KEY);
        Resource podReq = r == null ? PodRequests.nonZero(pod) : r.resource();
        long weighted = 0;
        long weightSum = 0;
        for (var e : resourceWeights.entrySet()) {
            String name = e.getKey();
            long alloc = node.allocatable().get(name);
            if (alloc == 0) {
                continue;
            }
            long requested = requestedWith(node, podReq, name);
            long s = strategy == Strategy.LEAST_ALLOCATED
                    ? (requested > alloc ? 0 : (alloc - requested) * MAX_NODE_SCORE / alloc)
                    : Math.min(requested, alloc) * MAX_NODE_SCORE / alloc;
            weighted += s * e.getValue();
            weightSum += e.getValue();
        }
        return weightSum == 0 ? 0 : weighted / weightSum;
    }

    /** Node usage plus the pod's request; cpu and memory use the non-zero defaults as Kubernetes does. */
    static long requestedWith(NodeInfo node, Resource podNonZero, String name) {
        return switch (name) {
            case Resource.CPU, Resource.MEMORY -> node.nonZeroRequested().get(name) + podNonZero.get(name);
            default -> node.requested().get(name) + podNonZero.get(name);
        };
    }

    private record Requests(Resource resource) implements CycleState.StateData {
        @Override
        public CycleState.StateData copy() {
            return this;
        }
    }
}
