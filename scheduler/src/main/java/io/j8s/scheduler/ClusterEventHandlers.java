package io.j8s.scheduler;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.j8s.scheduler.cache.SchedulerCache;
import io.j8s.scheduler.framework.ClusterEvent;
import io.j8s.scheduler.framework.ClusterLister;
import io.j8s.scheduler.framework.PodInfo;
import io.j8s.scheduler.queue.SchedulingQueue;
import java.util.Objects;
import java.util.Set;

/**
 * Routes informer events: bound pods and nodes to the cache, pending pods of our profiles to the
 * queue, and cluster changes to the queue as events that retry unschedulable pods.
 */
final class ClusterEventHandlers {

    private final SchedulerCache cache;
    private final SchedulingQueue queue;
    private final ClusterLister lister;
    private final Set<String> schedulerNames;

    ClusterEventHandlers(SchedulerCache cache, SchedulingQueue queue, ClusterLister lister, Set<String> schedulerNames) {
        this.cache = cache;
        this.queue = queue;
        this.lister = lister;
        this.schedulerNames = Set.copyOf(schedulerNames);
    }

    private static boolean assigned(Pod pod) {
        return pod.getSpec().getNodeName() != null && !pod.getSpec().getNodeName().isEmpty();
    }

    private static boolean terminal(Pod pod) {
        String phase = pod.getStatus() == null ? null : pod.getStatus().getPhase();
        return "Succeeded".equals(phase) || "Failed".equals(phase);
    }

    /** Pods with scheduling gates wait outside the queue until every gate is removed (SchedulingGates). */
    private static boolean gated(Pod pod) {
        return pod.getSpec().getSchedulingGates() != null && !pod.getSpec().getSchedulingGates().isEmpty();
    }

    private boolean ours(Pod pod) {
        return schedulerNames.contains(Scheduler.schedulerName(pod));
    }

    private static String key(Pod pod) {
        return pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName();
    }

    ResourceEventHandler<Pod> pods() {
        return new ResourceEventHandler<>() {
            @Override
            public void onAdd(Pod pod) {
                if (assigned(pod)) {
                    if (!terminal(pod)) {
                        queue.delete(key(pod));
                        cache.addPod(pod);
                        queue.moveAllToActiveOrBackoff(ClusterEvent.ASSIGNED_POD_ADD);
                    }
                } else if (ours(pod) && !terminal(pod) && pod.getMetadata().getDeletionTimestamp() == null
                        && !gated(pod)) {
                    queue.add(PodInfo.of(pod), lister.priority(pod));
                }
            }

            @Override
            public void onUpdate(Pod old, Pod pod) {
                if (assigned(pod)) {
                    boolean wasAssigned = assigned(old);
                    if (!wasAssigned) {
                        queue.delete(key(pod));
                    }
                    if (terminal(pod)) {
                        cache.removePod(pod);
                        queue.moveAllToActiveOrBackoff(ClusterEvent.ASSIGNED_POD_DELETE);
                    } else {
                        cache.updatePod(pod);
                        queue.moveAllToActiveOrBackoff(wasAssigned ? ClusterEvent.ASSIGNED_POD_UPDATE
                                : ClusterEvent.ASSIGNED_POD_ADD);
                    }
                } else if (ours(pod)) {
                    if (pod.getMetadata().getDeletionTimestamp() != null || terminal(pod) || gated(pod)) {
                        queue.delete(key(pod));
                    } else {
                        queue.update(PodInfo.of(pod), lister.priority(pod));
                    }
                }
            }

            @Override
            public void onDelete(Pod pod, boolean finalStateUnknown) {
                cache.removePod(pod);
                if (assigned(pod)) {
                    queue.moveAllToActiveOrBackoff(ClusterEvent.ASSIGNED_POD_DELETE);
                } else {
                    queue.delete(key(pod));
                }
            }
        };
    }

    ResourceEventHandler<Node> nodes() {
        return new ResourceEventHandler<>() {
            @Override
            public void onAdd(Node node) {
                cache.addNode(node);
                queue.moveAllToActiveOrBackoff(ClusterEvent.NODE_ADD);
            }

            @Override
            public void onUpdate(Node old, Node node) {
                cache.updateNode(node);
                if (schedulingRelevantChange(old, node)) {
                    queue.moveAllToActiveOrBackoff(ClusterEvent.NODE_UPDATE);
                }
            }

            @Override
            public void onDelete(Node node, boolean finalStateUnknown) {
                cache.removeNode(node);
            }
        };
    }

    /** Heartbeats change nothing the plugins read; labels, taints, capacity and cordoning do. */
    static boolean schedulingRelevantChange(Node old, Node node) {
        return !Objects.equals(old.getMetadata().getLabels(), node.getMetadata().getLabels())
                || !Objects.equals(old.getSpec(), node.getSpec())
                || !Objects.equals(old.getStatus() == null ? null : old.getStatus().getAllocatable(),
                node.getStatus() == null ? null : node.getStatus().getAllocatable())
                || !Objects.equals(old.getStatus() == null ? null : old.getStatus().getImages(),
                node.getStatus() == null ? null : node.getStatus().getImages());
    }

    /** Any change to objects a plugin reads besides pods and nodes (PVCs, PVs, storage classes). */
    <T> ResourceEventHandler<T> any(ClusterEvent event) {
        return new ResourceEventHandler<>() {
            @Override
            public void onAdd(T obj) {
                queue.moveAllToActiveOrBackoff(event);
            }

            @Override
            public void onUpdate(T old, T obj) {
                queue.moveAllToActiveOrBackoff(event);
            }

            @Override
            public void onDelete(T obj, boolean finalStateUnknown) {
                queue.moveAllToActiveOrBackoff(event);
            }
        };
    }
}
