package io.j8s.scheduler.framework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cluster as one scheduling cycle sees it: copies of every node's {@link NodeInfo}, refreshed
 * incrementally from the cache before each cycle. Read by a single scheduling thread.
 */
public final class Snapshot {

    private final Map<String, Integer> index = new HashMap<>();
    private List<NodeInfo> nodes = new ArrayList<>();
    private List<NodeInfo> withAffinityPods = new ArrayList<>();
    private List<NodeInfo> withRequiredAntiAffinityPods = new ArrayList<>();
    private Map<String, Integer> imageNodeCounts = Map.of();

    /** A snapshot of fixed nodes, for tests and simulations. */
    public static Snapshot of(List<NodeInfo> nodes) {
        Snapshot s = new Snapshot();
        Map<String, Integer> images = new HashMap<>();
        for (NodeInfo n : nodes) {
            n.imageSizes().keySet().forEach(i -> images.merge(i, 1, Integer::sum));
        }
        s.replaceAll(new ArrayList<>(nodes), images);
        return s;
    }

    /** Replaces the whole node list; used when nodes were added or removed. */
    public void replaceAll(List<NodeInfo> list, Map<String, Integer> imageCounts) {
        index.clear();
        for (int i = 0; i < list.size(); i++) {
            index.put(list.get(i).name(), i);
        }
        nodes = list;
        imageNodeCounts = imageCounts;
        rebuildAffinityLists();
    }

    /** Replaces the copies of nodes whose pods changed; the node set is unchanged. */
    public void replace(List<NodeInfo> changed) {
        boolean affinityChanged = false;
        for (NodeInfo n : changed) {
            Integer i = index.get(n.name());
            if (i != null) {
                NodeInfo old = nodes.get(i);
                affinityChanged |= old.hasPodsWithAffinity() || n.hasPodsWithAffinity();
                nodes.set(i, n);
            }
        }
        if (affinityChanged) {
            rebuildAffinityLists();
        }
    }

    private void rebuildAffinityLists() {
        List<NodeInfo> aff = new ArrayList<>();
        List<NodeInfo> anti = new ArrayList<>();
        for (NodeInfo n : nodes) {
            if (n.hasPodsWithAffinity()) {
                aff.add(n);
            }
            if (n.hasPodsWithRequiredAntiAffinity()) {
                anti.add(n);
            }
        }
        withAffinityPods = aff;
        withRequiredAntiAffinityPods = anti;
    }

    public List<NodeInfo> nodes() {
        return nodes;
    }

    public NodeInfo get(String name) {
        Integer i = index.get(name);
        return i == null ? null : nodes.get(i);
    }

    /** Nodes running at least one pod with affinity or anti-affinity terms. */
    public List<NodeInfo> nodesWithAffinityPods() {
        return withAffinityPods;
    }

    /** Nodes running at least one pod with required anti-affinity terms. */
    public List<NodeInfo> nodesWithRequiredAntiAffinityPods() {
        return withRequiredAntiAffinityPods;
    }

    /** How many nodes hold each image, by normalized name. */
    public int nodesWithImage(String image) {
        return imageNodeCounts.getOrDefault(image, 0);
    }
}
