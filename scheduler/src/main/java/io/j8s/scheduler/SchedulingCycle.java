package io.j8s.scheduler;

import io.fabric8.kubernetes.api.model.Pod;
import io.j8s.scheduler.cache.SchedulerCache;
import io.j8s.scheduler.framework.ClusterEvent;
import io.j8s.scheduler.framework.ClusterLister;
import io.j8s.scheduler.framework.Code;
import io.j8s.scheduler.framework.CycleState;
import io.j8s.scheduler.framework.Framework;
import io.j8s.scheduler.framework.NodeInfo;
import io.j8s.scheduler.framework.PodInfo;
import io.j8s.scheduler.framework.PostFilterPlugin;
import io.j8s.scheduler.framework.Snapshot;
import io.j8s.scheduler.framework.Status;
import io.j8s.scheduler.queue.QueuedPodInfo;
import io.j8s.scheduler.queue.SchedulingQueue;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kubernetes' scheduleOne: takes one pod from the queue, filters and scores nodes on a fresh
 * snapshot, assumes the pod on the best node and hands it to a binding cycle on a virtual thread.
 * Runs on one scheduling thread; not thread-safe.
 */
final class SchedulingCycle {

    private static final Logger LOG = LoggerFactory.getLogger(SchedulingCycle.class);
    static final int MIN_FEASIBLE_NODES_TO_FIND = 100;
    static final int MIN_FEASIBLE_NODES_PERCENTAGE = 5;

    private final Map<String, Framework> frameworks;
    private final SchedulerCache cache;
    private final SchedulingQueue queue;
    private final ClusterLister lister;
    private final ApiRecorder recorder;
    private final Clock clock;
    private final Random random;
    private final ExecutorService bindingExecutor;
    private final Semaphore bindingSlots;
    private final int percentageOfNodesToScore;
    private final Snapshot snapshot = new Snapshot();
    private int nextStartNodeIndex;
    private final java.util.concurrent.atomic.LongAdder attempts = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder scheduled = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder unschedulable = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder cycleNanos = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder bindingNanos = new java.util.concurrent.atomic.LongAdder();

    SchedulingCycle(Map<String, Framework> frameworks, SchedulerCache cache, SchedulingQueue queue,
                    ClusterLister lister, ApiRecorder recorder, Clock clock, Random random,
                    ExecutorService bindingExecutor, Semaphore bindingSlots, int percentageOfNodesToScore) {
        this.frameworks = frameworks;
        this.cache = cache;
        this.queue = queue;
        this.lister = lister;
        this.recorder = recorder;
        this.clock = clock;
        this.random = random;
        this.bindingExecutor = bindingExecutor;
        this.bindingSlots = bindingSlots;
        this.percentageOfNodesToScore = percentageOfNodesToScore;
    }

    Snapshot snapshot() {
        return snapshot;
    }

    /** The outcome of looking for a node: a host, or why none fits. */
    sealed interface Result {
        record Scheduled(String node, int evaluated, int feasible) implements Result {
        }

        record Unfit(FitError error) implements Result {
        }
    }

    SchedulerMetrics metrics() {
        return new SchedulerMetrics(attempts.sum(), scheduled.sum(), unschedulable.sum(), cycleNanos.sum(),
                bindingNanos.sum());
    }

    /** Schedules one popped pod. */
    void run(QueuedPodInfo queued) {
        long start = System.nanoTime();
        attempts.increment();
        try {
            schedule(queued);
        } finally {
            cycleNanos.add(System.nanoTime() - start);
        }
    }

    private void schedule(QueuedPodInfo queued) {
        Pod pod = queued.podInfo().pod();
        Framework fwk = frameworks.get(Scheduler.schedulerName(pod));
        long cycle = queue.schedulingCycle();
        if (fwk == null || pod.getMetadata().getDeletionTimestamp() != null) {
            queue.done(queued.key());
            return;
        }
        cache.updateSnapshot(snapshot);
        CycleState state = new CycleState();
        Result result;
        try {
            result = schedulePod(fwk, state, pod);
        } catch (RuntimeException e) {
            LOG.error("Error scheduling pod {}", queued.key(), e);
            failed(fwk, queued, cycle, Set.of(), "SchedulerError", e.getMessage() == null ? e.toString() : e.getMessage(), null);
            return;
        }
        if (result instanceof Result.Unfit unfit) {
            unschedulable.increment();
            FitError error = unfit.error();
            String nominated = null;
            if (fwk.hasPostFilter() && error.numAllNodes() > 0) {
                PostFilterPlugin.PostFilterResult r = fwk.runPostFilter(state, pod, error.nodeStatuses());
                if (r.status().isSuccess()) {
                    nominated = r.nominatedNodeName();
                } else if (r.status().code() == Code.ERROR) {
                    LOG.warn("PostFilter failed for {}: {}", queued.key(), r.status().message());
                }
                error = error.withPostFilterMessage(r.status().isSuccess() ? "" : r.status().message());
            }
            if (nominated != null) {
                queue.nominate(queued.podInfo(), nominated);
            }
            failed(fwk, queued, cycle, error.unschedulablePlugins(), "Unschedulable", error.message(), nominated);
            return;
        }
        String node = ((Result.Scheduled) result).node();
        assumeAndBind(fwk, state, queued, node, cycle);
    }

    /** Filter, score and select, without side effects on the cluster. */
    Result schedulePod(Framework fwk, CycleState state, Pod pod) {
        List<NodeInfo> nodes = snapshot.nodes();
        if (nodes.isEmpty()) {
            return new Result.Unfit(new FitError(0, Map.of(), null, null));
        }
        Status pre = fwk.runPreFilter(state, pod, snapshot);
        if (!pre.isSuccess()) {
            if (pre.code() == Code.ERROR) {
                throw new IllegalStateException("running PreFilter plugin \"" + pre.plugin() + "\": " + pre.message());
            }
            Map<String, Status> all = new HashMap<>();
            for (NodeInfo n : nodes) {
                all.put(n.name(), pre);
            }
            return new Result.Unfit(new FitError(nodes.size(), all, pre.message(), null));
        }
        Map<String, Status> statuses = new HashMap<>();
        List<NodeInfo> feasible = findFeasible(fwk, state, pod, nodes, statuses);
        if (feasible.isEmpty()) {
            return new Result.Unfit(new FitError(nodes.size(), statuses, null, null));
        }
        if (feasible.size() == 1 || !fwk.hasScorePlugins()) {
            return new Result.Scheduled(feasible.get(0).name(), statuses.size() + feasible.size(), feasible.size());
        }
        long[] scores = fwk.runScore(state, pod, feasible);
        return new Result.Scheduled(selectHost(feasible, scores), statuses.size() + feasible.size(), feasible.size());
    }

    /** Kubernetes' numFeasibleNodesToFind: all nodes below 100, else an adaptive share of them. */
    static int numFeasibleNodesToFind(int percentage, int numAllNodes) {
        if (numAllNodes < MIN_FEASIBLE_NODES_TO_FIND) {
            return numAllNodes;
        }
        int adaptive = percentage;
        if (adaptive <= 0) {
            adaptive = 50 - numAllNodes / 125;
            adaptive = Math.max(adaptive, MIN_FEASIBLE_NODES_PERCENTAGE);
        }
        if (adaptive >= 100) {
            return numAllNodes;
        }
        int num = numAllNodes * adaptive / 100;
        return Math.max(num, MIN_FEASIBLE_NODES_TO_FIND);
    }

    private List<NodeInfo> findFeasible(Framework fwk, CycleState state, Pod pod, List<NodeInfo> nodes,
                                        Map<String, Status> statuses) {
        int percentage = fwk.profile().percentageOfNodesToScore() > 0
                ? fwk.profile().percentageOfNodesToScore() : percentageOfNodesToScore;
        int wanted = numFeasibleNodesToFind(percentage, nodes.size());
        List<NodeInfo> feasible = new ArrayList<>(Math.min(wanted, nodes.size()));
        Map<String, List<PodInfo>> nominated = fwk.nominatedPods();
        int priority = nominated.isEmpty() ? 0 : lister.priority(pod);
        int n = nodes.size();
        int processed = 0;
        for (; processed < n && feasible.size() < wanted; processed++) {
            NodeInfo node = nodes.get((nextStartNodeIndex + processed) % n);
            // most cycles see no nominations at all; skip the map lookup then
            Status s = nominated.isEmpty() ? fwk.runFilterPlugins(state, pod, node)
                    : filterWithNominated(fwk, state, pod, priority, node, nominated.get(node.name()));
            if (s.isSuccess()) {
                feasible.add(node);
            } else {
                statuses.put(node.name(), s);
            }
        }
        nextStartNodeIndex = (nextStartNodeIndex + processed) % n;
        return feasible;
    }

    /** Filters as if pods nominated to the node with at least this priority were already there. */
    private Status filterWithNominated(Framework fwk, CycleState state, Pod pod, int priority, NodeInfo node,
                                       List<PodInfo> nominated) {
        if (nominated == null || nominated.isEmpty()) {
            return fwk.runFilterPlugins(state, pod, node);
        }
        CycleState withState = state.copy();
        NodeInfo withNode = node.copy();
        boolean added = false;
        for (PodInfo p : nominated) {
            if (!p.uid().equals(pod.getMetadata().getUid()) && lister.priority(p.pod()) >= priority) {
                withNode.addPod(p);
                fwk.runPreFilterAddPod(withState, pod, p, withNode);
                added = true;
            }
        }
        if (!added) {
            return fwk.runFilterPlugins(state, pod, node);
        }
        Status s = fwk.runFilterPlugins(withState, pod, withNode);
        return s.isSuccess() ? fwk.runFilterPlugins(state, pod, node) : s;
    }

    /** The highest total score; ties broken uniformly at random (reservoir sampling). */
    String selectHost(List<NodeInfo> nodes, long[] scores) {
        int best = 0;
        int ties = 1;
        for (int i = 1; i < nodes.size(); i++) {
            if (scores[i] > scores[best]) {
                best = i;
                ties = 1;
            } else if (scores[i] == scores[best]) {
                ties++;
                if (random.nextInt(ties) == 0) {
                    best = i;
                }
            }
        }
        return nodes.get(best).name();
    }

    private void assumeAndBind(Framework fwk, CycleState state, QueuedPodInfo queued, String node, long cycle) {
        Pod pod = queued.podInfo().pod();
        try {
            cache.assume(queued.podInfo(), node);
        } catch (IllegalStateException e) {
            LOG.warn("Could not assume {}: {}", queued.key(), e.getMessage());
            queue.done(queued.key());
            return;
        }
        Status reserve = fwk.runReserve(state, pod, node);
        if (!reserve.isSuccess()) {
            undo(fwk, state, queued, node);
            failed(fwk, queued, cycle, pluginSet(reserve), reasonOf(reserve), reserve.message(), null);
            return;
        }
        Status permit = fwk.runPermit(state, pod, node);
        if (!permit.isSuccess() && permit.code() != Code.WAIT) {
            undo(fwk, state, queued, node);
            failed(fwk, queued, cycle, pluginSet(permit), reasonOf(permit), permit.message(), null);
            return;
        }
        queue.nominate(queued.podInfo(), null);
        try {
            bindingSlots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            undo(fwk, state, queued, node);
            return;
        }
        bindingExecutor.execute(() -> {
            try {
                bindingCycle(fwk, state, queued, node, cycle, permit.code() == Code.WAIT);
            } finally {
                bindingSlots.release();
            }
        });
    }

    private void bindingCycle(Framework fwk, CycleState state, QueuedPodInfo queued, String node, long cycle,
                              boolean waitOnPermit) {
        long start = System.nanoTime();
        try {
            bind(fwk, state, queued, node, cycle, waitOnPermit);
        } finally {
            bindingNanos.add(System.nanoTime() - start);
        }
    }

    private void bind(Framework fwk, CycleState state, QueuedPodInfo queued, String node, long cycle,
                      boolean waitOnPermit) {
        Pod pod = queued.podInfo().pod();
        Status s = waitOnPermit ? fwk.waitOnPermit(pod) : Status.success();
        if (s.isSuccess()) {
            s = fwk.runPreBind(state, pod, node);
        }
        if (s.isSuccess()) {
            s = fwk.runBind(state, pod, node);
        }
        if (s.isSuccess()) {
            scheduled.increment();
            queue.done(queued.key());
            recorder.event(pod, "Normal", "Scheduled", "Successfully assigned " + queued.key() + " to " + node);
            return;
        }
        LOG.info("Binding {} to {} failed: {}", queued.key(), node, s.message());
        undo(fwk, state, queued, node);
        // the freed room may let other pods fit
        queue.moveAllToActiveOrBackoff(ClusterEvent.ASSIGNED_POD_DELETE);
        failed(fwk, queued, cycle, s.isRejected() ? pluginSet(s) : Set.of(), reasonOf(s), s.message(), null);
    }

    private void undo(Framework fwk, CycleState state, QueuedPodInfo queued, String node) {
        fwk.runUnreserve(state, queued.podInfo().pod(), node);
        cache.forget(queued.podInfo());
    }

    private static Set<String> pluginSet(Status s) {
        return s.plugin() == null ? Set.of() : Set.of(s.plugin());
    }

    private static String reasonOf(Status s) {
        return s.isRejected() ? "Unschedulable" : "SchedulerError";
    }

    private void failed(Framework fwk, QueuedPodInfo queued, long cycle, Set<String> plugins, String reason,
                        String message, String nominated) {
        Pod pod = queued.podInfo().pod();
        LOG.debug("Unable to schedule {}: {}", queued.key(), message);
        if ("SchedulerError".equals(reason)) {
            queue.addErrored(queued.failed(plugins, clock.instant()), cycle);
        } else {
            queue.addUnschedulable(queued.failed(plugins, clock.instant()), cycle);
        }
        recorder.event(pod, "Warning", "FailedScheduling", message);
        recorder.unschedulableCondition(pod, reason, message, nominated);
    }
}
