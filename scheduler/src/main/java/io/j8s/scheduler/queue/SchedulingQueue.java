package io.j8s.scheduler.queue;

import io.j8s.scheduler.framework.ClusterEvent;
import io.j8s.scheduler.framework.PodInfo;
import io.j8s.scheduler.framework.QueueSortPlugin;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Kubernetes' PriorityQueue: activeQ (ready now, in QueueSort order), backoffQ (failed recently,
 * waiting 1s doubling to 10s) and unschedulable pods, parked until a cluster event one of their
 * rejecting plugins cares about, or five minutes. Thread-safe; {@link #pop} blocks.
 */
public final class SchedulingQueue {

    public static final Duration INITIAL_BACKOFF = Duration.ofSeconds(1);
    public static final Duration MAX_BACKOFF = Duration.ofSeconds(10);
    public static final Duration UNSCHEDULABLE_TIMEOUT = Duration.ofMinutes(5);

    private final Clock clock;
    private final Map<String, Set<ClusterEvent>> pluginEvents;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final PriorityQueue<QueuedPodInfo> activeQ;
    private final PriorityQueue<QueuedPodInfo> backoffQ;
    private final Map<String, QueuedPodInfo> unschedulable = new HashMap<>();
    /** Every pod known to the queue by key, wherever it is, including in flight. */
    private final Map<String, QueuedPodInfo> known = new HashMap<>();
    private final Set<String> inFlight = new HashSet<>();
    private final Set<String> active = new HashSet<>();
    private final Set<String> backingOff = new HashSet<>();
    private final Map<String, String> nominatedNode = new HashMap<>();
    private final Map<String, PodInfo> nominatedPod = new HashMap<>();
    private volatile Map<String, List<PodInfo>> nominatedByNode = Map.of();
    private long schedulingCycle;
    private long moveRequestCycle = -1;
    private boolean closed;

    /**
     * @param sort the QueueSort plugin ordering activeQ
     * @param pluginEvents for each plugin, the events that may make pods it rejected schedulable
     */
    public SchedulingQueue(QueueSortPlugin sort, Map<String, Set<ClusterEvent>> pluginEvents, Clock clock) {
        this.clock = clock;
        this.pluginEvents = Map.copyOf(pluginEvents);
        this.activeQ = new PriorityQueue<>((a, b) -> sort.less(a, b) ? -1 : sort.less(b, a) ? 1 : 0);
        this.backoffQ = new PriorityQueue<>(Comparator.comparing(this::backoffExpiry));
    }

    /** A new pending pod goes straight to activeQ; a known one is updated in place. */
    public void add(PodInfo pod, int priority) {
        lock.lock();
        try {
            QueuedPodInfo existing = known.get(pod.key());
            if (existing != null) {
                update(pod, priority);
                return;
            }
            Instant now = clock.instant();
            QueuedPodInfo q = new QueuedPodInfo(pod, priority, now, null, 0, Set.of(), null);
            known.put(q.key(), q);
            pushActive(q);
            nominateFromStatus(pod);
        } finally {
            lock.unlock();
        }
    }

    /**
     * A pending pod changed. An unschedulable pod whose spec changed may fit now, so it is moved on;
     * elsewhere the newer object replaces the old one.
     */
    public void update(PodInfo pod, int priority) {
        lock.lock();
        try {
            QueuedPodInfo old = known.get(pod.key());
            if (old == null) {
                add(pod, priority);
                return;
            }
            QueuedPodInfo q = old.withPod(pod, priority);
            known.put(q.key(), q);
            if (active.contains(q.key())) {
                activeQ.removeIf(p -> p.key().equals(q.key()));
                activeQ.add(q);
            } else if (backingOff.contains(q.key())) {
                backoffQ.removeIf(p -> p.key().equals(q.key()));
                backoffQ.add(q);
            } else if (unschedulable.containsKey(q.key())) {
                unschedulable.remove(q.key());
                boolean specChanged = !old.podInfo().pod().getSpec().equals(pod.pod().getSpec())
                        || !java.util.Objects.equals(old.podInfo().pod().getMetadata().getLabels(),
                        pod.pod().getMetadata().getLabels());
                if (specChanged) {
                    requeue(q);
                } else {
                    unschedulable.put(q.key(), q);
                }
            }
            nominateFromStatus(pod);
        } finally {
            lock.unlock();
        }
    }

    /** The pod is gone or no longer pending. */
    public void delete(String key) {
        lock.lock();
        try {
            known.remove(key);
            inFlight.remove(key);
            unschedulable.remove(key);
            if (active.remove(key)) {
                activeQ.removeIf(p -> p.key().equals(key));
            }
            if (backingOff.remove(key)) {
                backoffQ.removeIf(p -> p.key().equals(key));
            }
            removeNomination(key);
        } finally {
            lock.unlock();
        }
    }

    /** Waits for the next pod to schedule; null once the queue is closed. */
    public QueuedPodInfo pop() throws InterruptedException {
        return pop(Long.MAX_VALUE, TimeUnit.DAYS);
    }

    /** Like {@link #pop()} with a time limit; null when nothing came. */
    public QueuedPodInfo pop(long timeout, TimeUnit unit) throws InterruptedException {
        lock.lock();
        try {
            long nanos = unit.toNanos(timeout);
            while (activeQ.isEmpty() && !closed) {
                if (nanos <= 0) {
                    return null;
                }
                nanos = notEmpty.awaitNanos(nanos);
            }
            if (closed) {
                return null;
            }
            QueuedPodInfo q = activeQ.poll().attempted(clock.instant());
            active.remove(q.key());
            known.put(q.key(), q);
            inFlight.add(q.key());
            schedulingCycle++;
            return q;
        } finally {
            lock.unlock();
        }
    }

    /** The number of scheduling cycles started; pass it to {@link #addUnschedulable}. */
    public long schedulingCycle() {
        lock.lock();
        try {
            return schedulingCycle;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Returns a pod that failed in the given cycle. If a move request came during that cycle the
     * event may have been missed, so the pod goes to backoffQ rather than waiting for another event.
     */
    public void addUnschedulable(QueuedPodInfo failed, long podSchedulingCycle) {
        requeueFailed(failed, podSchedulingCycle, false);
    }

    /** Returns a pod whose cycle failed with an error rather than a rejection: it is retried after backoff. */
    public void addErrored(QueuedPodInfo failed, long podSchedulingCycle) {
        requeueFailed(failed, podSchedulingCycle, true);
    }

    private void requeueFailed(QueuedPodInfo failed, long podSchedulingCycle, boolean error) {
        lock.lock();
        try {
            if (!inFlight.remove(failed.key()) || !known.containsKey(failed.key())) {
                return; // deleted or scheduled meanwhile
            }
            QueuedPodInfo current = known.get(failed.key());
            QueuedPodInfo q = failed.withPod(current.podInfo(), current.priority());
            known.put(q.key(), q);
            if (error || moveRequestCycle >= podSchedulingCycle) {
                pushBackoff(q);
            } else {
                unschedulable.put(q.key(), q);
            }
        } finally {
            lock.unlock();
        }
    }

    /** The pod was scheduled (assumed); it leaves the queue. */
    public void done(String key) {
        lock.lock();
        try {
            inFlight.remove(key);
            known.remove(key);
        } finally {
            lock.unlock();
        }
    }

    /** A cluster event happened: retry the unschedulable pods it may help. */
    public void moveAllToActiveOrBackoff(ClusterEvent event) {
        lock.lock();
        try {
            List<QueuedPodInfo> moved = new ArrayList<>();
            for (QueuedPodInfo q : unschedulable.values()) {
                if (interested(q, event)) {
                    moved.add(q);
                }
            }
            for (QueuedPodInfo q : moved) {
                unschedulable.remove(q.key());
                requeue(q);
            }
            moveRequestCycle = schedulingCycle;
        } finally {
            lock.unlock();
        }
    }

    private boolean interested(QueuedPodInfo q, ClusterEvent event) {
        if (event == ClusterEvent.UNSCHEDULABLE_TIMEOUT || q.unschedulablePlugins().isEmpty()) {
            return true;
        }
        for (String plugin : q.unschedulablePlugins()) {
            if (pluginEvents.getOrDefault(plugin, Set.of(ClusterEvent.values())).contains(event)) {
                return true;
            }
        }
        return false;
    }

    private void requeue(QueuedPodInfo q) {
        if (isBackingOff(q)) {
            pushBackoff(q);
        } else {
            pushActive(q.withTimestamp(clock.instant()));
        }
    }

    /** Moves pods whose backoff has expired to activeQ; the scheduler calls this every second. */
    public void flushBackoffCompleted() {
        lock.lock();
        try {
            while (!backoffQ.isEmpty() && !isBackingOff(backoffQ.peek())) {
                QueuedPodInfo q = backoffQ.poll();
                backingOff.remove(q.key());
                pushActive(q);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Retries pods unschedulable for longer than five minutes; the scheduler calls this every 30 seconds. */
    public void flushUnschedulableLeftover() {
        lock.lock();
        try {
            Instant now = clock.instant();
            List<QueuedPodInfo> stale = unschedulable.values().stream()
                    .filter(q -> q.lastFailure() != null
                            && !q.lastFailure().plus(UNSCHEDULABLE_TIMEOUT).isAfter(now))
                    .toList();
            for (QueuedPodInfo q : stale) {
                unschedulable.remove(q.key());
                requeue(q);
            }
        } finally {
            lock.unlock();
        }
    }

    /** 1s doubling per attempt, at most 10s. */
    static Duration backoffDuration(int attempts) {
        Duration d = INITIAL_BACKOFF;
        for (int i = 1; i < attempts; i++) {
            d = d.multipliedBy(2);
            if (d.compareTo(MAX_BACKOFF) >= 0) {
                return MAX_BACKOFF;
            }
        }
        return d;
    }

    private Instant backoffExpiry(QueuedPodInfo q) {
        Instant start = q.lastFailure() == null ? q.timestamp() : q.lastFailure();
        return start.plus(backoffDuration(Math.max(1, q.attempts())));
    }

    private boolean isBackingOff(QueuedPodInfo q) {
        return q.lastFailure() != null && backoffExpiry(q).isAfter(clock.instant());
    }

    private void pushActive(QueuedPodInfo q) {
        activeQ.add(q);
        active.add(q.key());
        notEmpty.signal();
    }

    private void pushBackoff(QueuedPodInfo q) {
        backoffQ.add(q);
        backingOff.add(q.key());
    }

    /** Records that preemption nominated the pod to a node, so others leave room for it. */
    public void nominate(PodInfo pod, String nodeName) {
        lock.lock();
        try {
            removeNomination(pod.key());
            if (nodeName != null && !nodeName.isEmpty()) {
                nominatedNode.put(pod.key(), nodeName);
                nominatedPod.put(pod.key(), pod);
                rebuildNominated();
            }
        } finally {
            lock.unlock();
        }
    }

    private void nominateFromStatus(PodInfo pod) {
        var status = pod.pod().getStatus();
        String node = status == null ? null : status.getNominatedNodeName();
        if (node != null && !node.isEmpty()) {
            nominatedNode.put(pod.key(), node);
            nominatedPod.put(pod.key(), pod);
            rebuildNominated();
        }
    }

    private void removeNomination(String key) {
        if (nominatedNode.remove(key) != null) {
            nominatedPod.remove(key);
            rebuildNominated();
        }
    }

    private void rebuildNominated() {
        Map<String, List<PodInfo>> byNode = new HashMap<>();
        nominatedNode.forEach((key, node) -> byNode.computeIfAbsent(node, n -> new ArrayList<>())
                .add(nominatedPod.get(key)));
        nominatedByNode = Map.copyOf(byNode);
    }

    /** Nominated pods by node name; an immutable view, cheap to read from the scheduling thread. */
    public Map<String, List<PodInfo>> nominatedPods() {
        return nominatedByNode;
    }

    public void close() {
        lock.lock();
        try {
            closed = true;
            notEmpty.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Counts of pods in activeQ, backoffQ and unschedulable, for tests and metrics. */
    public record Sizes(int active, int backoff, int unschedulable) {
    }

    public Sizes sizes() {
        lock.lock();
        try {
            return new Sizes(activeQ.size(), backoffQ.size(), unschedulable.size());
        } finally {
            lock.unlock();
        }
    }
}
