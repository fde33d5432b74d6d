package io.j8s.scheduler.plugins;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.j8s.apimachinery.labels.LabelSelector;
import io.j8s.scheduler.framework.Code;
import io.j8s.scheduler.framework.CycleState;
import io.j8s.scheduler.framework.FrameworkHandle;
import io.j8s.scheduler.framework.NodeInfo;
import io.j8s.scheduler.framework.PodInfo;
import io.j8s.scheduler.framework.PostFilterPlugin;
import io.j8s.scheduler.framework.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes room for a pod that fits nowhere by evicting lower-priority pods from one node: the node
 * needing the fewest PodDisruptionBudget violations, then the least important and fewest victims.
 * Victims are deleted through the API and the pod is nominated to the node.
 */
public final class DefaultPreemption implements PostFilterPlugin {

    public static final String NAME = "DefaultPreemption";
    static final String NOT_HELPFUL = "Preemption is not helpful for scheduling";
    static final String NO_VICTIMS = "No preemption victims found for incoming pod";
    private static final Logger LOG = LoggerFactory.getLogger(DefaultPreemption.class);

    private final FrameworkHandle handle;

    public DefaultPreemption(FrameworkHandle handle) {
        this.handle = handle;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** A node where preemption would work, and what it would cost. */
    public record Candidate(String nodeName, List<PodInfo> victims, int pdbViolations) {
    }

    @Override
    public PostFilterResult postFilter(CycleState state, Pod pod, Map<String, Status> filteredStatuses) {
        if ("Never".equals(pod.getSpec().getPreemptionPolicy())) {
            return rejected("not eligible due to preemptionPolicy=Never.");
        }
        int priority = handle.lister().priority(pod);
        String nominated = pod.getStatus() == null ? null : pod.getStatus().getNominatedNodeName();
        if (nominated != null && !nominated.isEmpty()) {
            NodeInfo node = handle.snapshot().get(nominated);
            if (node != null && node.pods().stream().anyMatch(p -> p.pod().getMetadata().getDeletionTimestamp() != null
                    && handle.lister().priority(p.pod()) < priority)) {
                return rejected("not eligible due to a terminating pod on the nominated node.");
            }
        }
        Map<String, Integer> reasons = new TreeMap<>();
        List<Candidate> candidates = findCandidates(state, pod, priority, filteredStatuses, reasons);
        if (candidates.isEmpty()) {
            int all = handle.snapshot().nodes().size();
            List<String> parts = new ArrayList<>();
            reasons.forEach((reason, count) -> parts.add(count + " " + reason));
            parts.sort(null);
            return rejected("preemption: 0/" + all + " nodes are available: " + String.join(", ", parts) + ".");
        }
        Candidate best = pickOne(candidates);
        if (!execute(pod, best)) {
            return new PostFilterResult(Status.error("failed to preempt victims on node " + best.nodeName()), null);
        }
        return new PostFilterResult(Status.success(), best.nodeName());
    }

    private static PostFilterResult rejected(String message) {
        return new PostFilterResult(Status.unschedulable(message), null);
    }

    /** Dry-runs preemption on each node rejected for a reason that removing pods may resolve. */
    public List<Candidate> findCandidates(CycleState state, Pod pod, int priority, Map<String, Status> statuses,
                                          Map<String, Integer> reasons) {
        List<Candidate> candidates = new ArrayList<>();
        for (NodeInfo node : handle.snapshot().nodes()) {
            Status s = statuses.get(node.name());
            if (s == null || s.code() != Code.UNSCHEDULABLE) {
                reasons.merge(NOT_HELPFUL, 1, Integer::sum);
                continue;
            }
            Candidate c = selectVictims(state.copy(), pod, priority, node.copy());
            if (c == null) {
                reasons.merge(NO_VICTIMS, 1, Integer::sum);
            } else {
                candidates.add(c);
            }
        }
        return candidates;
    }

    private Candidate selectVictims(CycleState state, Pod pod, int priority, NodeInfo node) {
        List<PodInfo> potential = new ArrayList<>();
        for (PodInfo p : List.copyOf(node.pods())) {
            if (handle.lister().priority(p.pod()) < priority) {
                potential.add(p);
                node.removePod(p.uid());
                handle.runPreFilterRemovePod(state, pod, p, node);
            }
        }
        if (potential.isEmpty() || !handle.runFilterPlugins(state, pod, node).isSuccess()) {
            return null;
        }
        // most important first, so they are the first to be spared
        potential.sort(Comparator.<PodInfo>comparingInt(p -> -handle.lister().priority(p.pod()))
                .thenComparing(p -> startTime(p.pod())));
        Map<Boolean, List<PodInfo>> split = splitByPdb(potential);
        List<PodInfo> victims = new ArrayList<>();
        int violations = 0;
        for (boolean violating : new boolean[] {true, false}) {
            for (PodInfo p : split.get(violating)) {
                node.addPod(p);
                handle.runPreFilterAddPod(state, pod, p, node);
                if (!handle.runFilterPlugins(state, pod, node).isSuccess()) {
                    node.removePod(p.uid());
                    handle.runPreFilterRemovePod(state, pod, p, node);
                    victims.add(p);
                    if (violating) {
                        violations++;
                    }
                }
            }
        }
        return victims.isEmpty() ? null : new Candidate(node.name(), victims, violations);
    }

    /** Pods whose eviction would exceed a matching PodDisruptionBudget's allowed disruptions, and the rest. */
    private Map<Boolean, List<PodInfo>> splitByPdb(List<PodInfo> pods) {
        Map<String, Integer> allowed = new HashMap<>();
        Map<Boolean, List<PodInfo>> split = new HashMap<>(Map.of(true, new ArrayList<>(), false, new ArrayList<>()));
        for (PodInfo p : pods) {
            boolean violating = false;
            for (PodDisruptionBudget pdb : handle.lister().podDisruptionBudgets(p.pod().getMetadata().getNamespace())) {
                if (pdb.getSpec().getSelector() == null) {
                    continue;
                }
                LabelSelector selector = LabelSelector.fromModel(pdb.getSpec().getSelector());
                if (selector.isEmpty() || !selector.matches(AffinityTerm.labels(p.pod().getMetadata().getLabels()))) {
                    continue;
                }
                String key = pdb.getMetadata().getNamespace() + "/" + pdb.getMetadata().getName();
                int left = allowed.computeIfAbsent(key, k -> pdb.getStatus() == null
                        || pdb.getStatus().getDisruptionsAllowed() == null ? 0 : pdb.getStatus().getDisruptionsAllowed());
                allowed.put(key, left - 1);
                if (left - 1 < 0) {
                    violating = true;
                }
            }
            split.get(violating).add(p);
        }
        return split;
    }

    /** Kubernetes' pickOneNodeForPreemption order of criteria. */
    Candidate pickOne(List<Candidate> candidates) {
        Comparator<Candidate> order = Comparator.<Candidate>comparingInt(Candidate::pdbViolations)
                .thenComparingInt(c -> highestPriority(c))
                .thenComparingLong(c -> c.victims().stream()
                        .mapToLong(v -> (long) handle.lister().priority(v.pod()) + Integer.MAX_VALUE + 1).sum())
                .thenComparingInt(c -> c.victims().size())
                .thenComparing(c -> earliestStartOfHighest(c), Comparator.reverseOrder());
        return candidates.stream().min(order).orElseThrow();
    }

    private int highestPriority(Candidate c) {
        return c.victims().stream().mapToInt(v -> handle.lister().priority(v.pod())).max().orElse(Integer.MIN_VALUE);
    }

    private Instant earliestStartOfHighest(Candidate c) {
        int highest = highestPriority(c);
        return c.victims().stream().filter(v -> handle.lister().priority(v.pod()) == highest)
                .map(v -> startTime(v.pod())).min(Comparator.naturalOrder()).orElse(Instant.MAX);
    }

    private static Instant startTime(Pod pod) {
        String t = pod.getStatus() == null ? null : pod.getStatus().getStartTime();
        if (t == null) {
            t = pod.getMetadata().getCreationTimestamp();
        }
        try {
            return t == null ? Instant.MAX : Instant.parse(t);
        } catch (RuntimeException e) {
            return Instant.MAX;
        }
    }

    /** Deletes the victims; the pod is nominated by the caller, which patches its status. */
    private boolean execute(Pod pod, Candidate c) {
        if (handle.client() == null) {
            return true;
        }
        for (PodInfo v : c.victims()) {
            try {
                LOG.info("Preempting pod {} on node {} for {}", v.key(), c.nodeName(),
                        pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName());
                handle.client().pods().inNamespace(v.pod().getMetadata().getNamespace())
                        .withName(v.pod().getMetadata().getName()).delete();
            } catch (KubernetesClientException e) {
                if (e.getCode() != 404) {
                    LOG.warn("Failed to preempt {}: {}", v.key(), e.getMessage());
                    return false;
                }
            }
        }
        return true;
    }
}
