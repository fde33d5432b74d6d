package io.j8s.scheduler.cache;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.j8s.scheduler.framework.NodeInfo;
import io.j8s.scheduler.framework.PodInfo;
import io.j8s.scheduler.framework.Snapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Nodes and the pods on them as informers report them, plus assumed pods: placed by the scheduler
 * but not yet seen bound. Thread-safe (one lock); snapshots are copied incrementally, only nodes
 * changed since the last {@link #updateSnapshot} are copied.
 */
public final class SchedulerCache {

    private record PodState(PodInfo pod, String nodeName, boolean assumed) {
    }

    private final Object lock = new Object();
    private final Map<String, NodeInfo> nodes = new LinkedHashMap<>();
    private final Map<String, PodState> pods = new HashMap<>();
    private final Set<String> dirty = new HashSet<>();
    private boolean nodeSetChanged = true;
    private Map<String, Integer> imageCounts = Map.of();

    public void addNode(Node node) {
        synchronized (lock) {
            String name = node.getMetadata().getName();
            NodeInfo info = nodes.computeIfAbsent(name, n -> new NodeInfo());
            if (!info.hasNode()) {
                nodeSetChanged = true;
            }
            info.setNode(node);
            info.bumpGeneration();
            dirty.add(name);
            recountImages();
        }
    }

    public void updateNode(Node node) {
        addNode(node);
    }

    public void removeNode(Node node) {
        synchronized (lock) {
            String name = node.getMetadata().getName();
            NodeInfo info = nodes.remove(name);
            if (info != null) {
                // pods may still be reported on the node; keep them in a placeholder until they go.
                if (!info.pods().isEmpty()) {
                    NodeInfo placeholder = new NodeInfo();
                    info.pods().forEach(placeholder::addPod);
                    nodes.put(name, placeholder);
                }
                nodeSetChanged = true;
                recountImages();
            }
        }
    }

    private void recountImages() {
        Map<String, Integer> counts = new HashMap<>();
        for (NodeInfo n : nodes.values()) {
            if (n.hasNode()) {
                n.imageSizes().keySet().forEach(i -> counts.merge(i, 1, Integer::sum));
            }
        }
        imageCounts = counts;
    }

    /** Places a pod on a node before binding, so the next cycles see its resources taken. */
    public void assume(PodInfo pod, String nodeName) {
        synchronized (lock) {
            if (pods.containsKey(pod.uid())) {
                throw new IllegalStateException("pod " + pod.key() + " is already in the cache");
            }
            place(pod, nodeName);
            pods.put(pod.uid(), new PodState(pod, nodeName, true));
        }
    }

    /** Undoes {@link #assume} after a failed binding. */
    public void forget(PodInfo pod) {
        synchronized (lock) {
            PodState state = pods.get(pod.uid());
            if (state != null && state.assumed()) {
                unplace(state);
                pods.remove(pod.uid());
            }
        }
    }

    public boolean isAssumed(String uid) {
        synchronized (lock) {
            PodState state = pods.get(uid);
            return state != null && state.assumed();
        }
    }

    /** A bound pod reported by the informer; confirms an assumed pod of the same uid. */
    public void addPod(Pod pod) {
        synchronized (lock) {
            PodInfo info = PodInfo.of(pod);
            PodState old = pods.get(info.uid());
            if (old != null) {
                unplace(old);
            }
            place(info, pod.getSpec().getNodeName());
            pods.put(info.uid(), new PodState(info, pod.getSpec().getNodeName(), false));
        }
    }

    public void updatePod(Pod pod) {
        addPod(pod);
    }

    public void removePod(Pod pod) {
        synchronized (lock) {
            PodState old = pods.remove(pod.getMetadata().getUid());
            if (old != null) {
                unplace(old);
            }
        }
    }

    private void place(PodInfo pod, String nodeName) {
        nodes.computeIfAbsent(nodeName, n -> new NodeInfo()).addPod(pod);
        dirty.add(nodeName);
    }

    private void unplace(PodState state) {
        NodeInfo info = nodes.get(state.nodeName());
        if (info != null) {
            info.removePod(state.pod().uid());
            dirty.add(state.nodeName());
            if (!info.hasNode() && info.pods().isEmpty()) {
                nodes.remove(state.nodeName());
            }
        }
    }

    /** Brings a snapshot up to date, copying only nodes changed since its last update. */
    public void updateSnapshot(Snapshot snapshot) {
        synchronized (lock) {
            if (nodeSetChanged) {
                List<NodeInfo> all = new ArrayList<>(nodes.size());
                for (NodeInfo n : nodes.values()) {
                    if (n.hasNode()) {
                        all.add(n.copy());
                    }
                }
                snapshot.replaceAll(all, imageCounts);
                nodeSetChanged = false;
            } else if (!dirty.isEmpty()) {
                List<NodeInfo> changed = new ArrayList<>(dirty.size());
                for (String name : dirty) {
                    NodeInfo n = nodes.get(name);
                    if (n != null && n.hasNode()) {
                        changed.add(n.copy());
                    }
                }
                snapshot.replace(changed);
            }
            dirty.clear();
        }
    }

    public int nodeCount() {
        synchronized (lock) {
            return (int) nodes.values().stream().filter(NodeInfo::hasNode).count();
        }
    }

    /** The pods the cache places on a node, assumed ones included; for tests and diagnostics. */
    public List<String> podsOn(String nodeName) {
        synchronized (lock) {
            NodeInfo n = nodes.get(nodeName);
            return n == null ? List.of() : n.pods().stream().map(PodInfo::key).toList();
        }
    }
}
