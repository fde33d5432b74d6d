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

    final Map<String, NodeInfo> byName = new HashMap<>();
    List<NodeInfo> nodes = new ArrayList<>();
    List<NodeInfo> withAffinityPods = new ArrayList<>();
    List<NodeInfo> withRequiredAntiAffinityPods = new ArrayList<>();
    Map<String, Integer> imageNodeCounts = Map.of();

    /** A snapshot of fixed nodes, for tests and simulations. */
    public static Snapshot of(List<NodeInfo> nodes) {
        Snapshot s = new Snapshot();
        for (NodeInfo n : nodes) {
            s.byName.put(n.name(), n);
        }
        s.rebuildLists(new ArrayList<>(nodes));
        return s;
    }

    /** Replaces changed nodes and recomputes the derived lists; called by the cache. */
    public void update(Map<String, NodeInfo> changed, List<String> order, Map<String, Integer> imageCounts) {
        changed.forEach((name, info) -> {
            if (info == null) {
                byName.remove(name);
            } else {
                byName.put(name, info);
            }
        });
        List<NodeInfo> list = new ArrayList<>(order.size());
        for (String name : order) {
            NodeInfo n = byName.get(name);
            if (n != null) {
                list.add(n);
            }
        }
        imageNodeCounts = imageCounts;
        rebuildLists(list);
    }

    private void rebuildLists(List<NodeInfo> list) {
        nodes = list;
        List<NodeInfo> aff = new ArrayList<>();
        List<NodeInfo> anti = new ArrayList<>();
        Map<String, Integer> images = new HashMap<>();
        for (NodeInfo n : list) {
            boolean hasAff = false;
            boolean hasAnti = false;
            for (PodInfo p : n.pods()) {
                hasAff |= p.hasAffinity();
                hasAnti |= p.hasRequiredAntiAffinity();
            }
            if (hasAff) {
                aff.add(n);
            }
            if (hasAnti) {
                anti.add(n);
            }
            if (imageNodeCounts.isEmpty()) {
                n.imageSizes().keySet().forEach(i -> images.merge(i, 1, Integer::sum));
            }
        }
        withAffinityPods = aff;
        withRequiredAntiAffinityPods = anti;
        if (imageNodeCounts.isEmpty()) {
            imageNodeCounts = images;
        }
    }

    public List<NodeInfo> nodes() {
        return nodes;
    }

    public NodeInfo get(String name) {
        return byName.get(name);
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
