package io.j8s.scheduler.framework;

import io.fabric8.kubernetes.api.model.ContainerImage;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A node with the pods placed on it and their sums: requested resources, host ports, images.
 * Mutable and not thread-safe: the cache owns live ones; a scheduling cycle reads {@link #copy()} snapshots.
 */
public final class NodeInfo {

    private Node node;
    private final List<PodInfo> pods;
    private final Resource requested;
    private final Resource nonZeroRequested;
    private Resource allocatable;
    private final List<HostPort> usedPorts;
    private Map<String, Long> imageSizes;
    private long generation;
    private int podsWithAffinity;
    private int podsWithRequiredAntiAffinity;

    public NodeInfo() {
        this(null, new ArrayList<>(), new Resource(), new Resource(), new Resource(), new ArrayList<>(), Map.of());
    }

    private NodeInfo(Node node, List<PodInfo> pods, Resource requested, Resource nonZeroRequested,
                     Resource allocatable, List<HostPort> usedPorts, Map<String, Long> imageSizes) {
        this.node = node;
        this.pods = pods;
        this.requested = requested;
        this.nonZeroRequested = nonZeroRequested;
        this.allocatable = allocatable;
        this.usedPorts = usedPorts;
        this.imageSizes = imageSizes;
    }

    public static NodeInfo of(Node node, Pod... pods) {
        NodeInfo info = new NodeInfo();
        info.setNode(node);
        for (Pod p : pods) {
            info.addPod(PodInfo.of(p));
        }
        return info;
    }

    public void setNode(Node node) {
        this.node = node;
        this.allocatable = node.getStatus() == null ? new Resource() : Resource.of(node.getStatus().getAllocatable());
        Map<String, Long> images = new HashMap<>();
        if (node.getStatus() != null) {
            for (ContainerImage image : node.getStatus().getImages()) {
                long size = image.getSizeBytes() == null ? 0 : image.getSizeBytes();
                for (String name : image.getNames()) {
                    images.put(ImageNames.normalize(name), size);
                }
            }
        }
        this.imageSizes = Map.copyOf(images);
    }

    public void addPod(PodInfo pod) {
        pods.add(pod);
        requested.add(pod.requests());
        nonZeroRequested.add(pod.nonZeroRequests());
        usedPorts.addAll(hostPorts(pod.pod()));
        podsWithAffinity += pod.hasAffinity() ? 1 : 0;
        podsWithRequiredAntiAffinity += pod.hasRequiredAntiAffinity() ? 1 : 0;
        generation++;
    }

    /** Removes the pod with the given uid; returns false when it is not here. */
    public boolean removePod(String uid) {
        for (int i = 0; i < pods.size(); i++) {
            PodInfo p = pods.get(i);
            if (uid.equals(p.uid())) {
                pods.remove(i);
                requested.subtract(p.requests());
                nonZeroRequested.subtract(p.nonZeroRequests());
                for (HostPort port : hostPorts(p.pod())) {
                    usedPorts.remove(port);
                }
                podsWithAffinity -= p.hasAffinity() ? 1 : 0;
                podsWithRequiredAntiAffinity -= p.hasRequiredAntiAffinity() ? 1 : 0;
                generation++;
                return true;
            }
        }
        return false;
    }

    public static List<HostPort> hostPorts(Pod pod) {
        List<HostPort> ports = new ArrayList<>();
        for (Container c : pod.getSpec().getContainers()) {
            for (ContainerPort p : c.getPorts()) {
                if (p.getHostPort() != null && p.getHostPort() > 0) {
                    String ip = p.getHostIP() == null || p.getHostIP().isEmpty() ? HostPort.ANY_IP : p.getHostIP();
                    String protocol = p.getProtocol() == null ? "TCP" : p.getProtocol();
                    ports.add(new HostPort(ip, protocol, p.getHostPort()));
                }
            }
        }
        return ports;
    }

    public NodeInfo copy() {
        NodeInfo copy = new NodeInfo(node, new ArrayList<>(pods), requested.copy(), nonZeroRequested.copy(),
                allocatable, new ArrayList<>(usedPorts), imageSizes);
        copy.generation = generation;
        copy.podsWithAffinity = podsWithAffinity;
        copy.podsWithRequiredAntiAffinity = podsWithRequiredAntiAffinity;
        return copy;
    }

    public Node node() {
        return node;
    }

    public String name() {
        return node.getMetadata().getName();
    }

    public Map<String, String> labels() {
        var labels = node.getMetadata().getLabels();
        return labels == null ? Map.of() : labels;
    }

    public List<PodInfo> pods() {
        return pods;
    }

    public Resource requested() {
        return requested;
    }

    public Resource nonZeroRequested() {
        return nonZeroRequested;
    }

    public Resource allocatable() {
        return allocatable;
    }

    public List<HostPort> usedPorts() {
        return usedPorts;
    }

    /** Image sizes on this node by normalized name. */
    public Map<String, Long> imageSizes() {
        return imageSizes;
    }

    public boolean hasPodsWithAffinity() {
        return podsWithAffinity > 0;
    }

    public boolean hasPodsWithRequiredAntiAffinity() {
        return podsWithRequiredAntiAffinity > 0;
    }

    public boolean hasNode() {
        return node != null;
    }

    public long generation() {
        return generation;
    }

    public void bumpGeneration() {
        generation++;
    }
}
