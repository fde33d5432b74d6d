package io.j8s.scheduler.plugins;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.j8s.scheduler.framework.ClusterLister;
import io.j8s.scheduler.framework.CycleState;
import io.j8s.scheduler.framework.Framework;
import io.j8s.scheduler.framework.NodeInfo;
import io.j8s.scheduler.framework.Profile;
import io.j8s.scheduler.framework.Snapshot;
import io.j8s.scheduler.framework.Status;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builders for nodes and pods, and a framework over a fixed snapshot, for plugin tests. */
final class Fixtures {

    private Fixtures() {
    }

    static NodeBuilder node(String name, String cpu, String memory) {
        Map<String, Quantity> alloc = Map.of("cpu", new Quantity(cpu), "memory", new Quantity(memory),
                "pods", new Quantity("110"));
        return new NodeBuilder().withNewMetadata().withName(name).addToLabels("kubernetes.io/hostname", name)
                .endMetadata().withNewSpec().endSpec().withNewStatus().withAllocatable(alloc).endStatus();
    }

    static PodBuilder pod(String name) {
        return new PodBuilder().withNewMetadata().withName(name).withNamespace("default")
                .withUid(UUID.nameUUIDFromBytes(name.getBytes()).toString()).endMetadata()
                .withNewSpec().addNewContainer().withName("c").withImage("busybox").endContainer().endSpec();
    }

    static PodBuilder pod(String name, String cpu, String memory) {
        return pod(name).editSpec().editFirstContainer().withNewResources()
                .addToRequests("cpu", new Quantity(cpu)).addToRequests("memory", new Quantity(memory))
                .endResources().endContainer().endSpec();
    }

    static NodeInfo info(Node node, Pod... pods) {
        return NodeInfo.of(node, pods);
    }

    /** A framework running the given plugins (plus PrioritySort and DefaultBinder) over the nodes. */
    static final class TestFramework {
        final Snapshot snapshot;
        final Framework framework;

        TestFramework(List<NodeInfo> nodes, ClusterLister lister, String... plugins) {
            this.snapshot = Snapshot.of(nodes);
            List<String> names = new ArrayList<>(List.of(PrioritySort.NAME, DefaultBinder.NAME));
            names.addAll(List.of(plugins));
            this.framework = new Framework(Profile.of("test", names), InTreePlugins.registry(), null, lister,
                    Clock.systemUTC(), () -> snapshot, Map::of);
        }

        TestFramework(List<NodeInfo> nodes, String... plugins) {
            this(nodes, ClusterLister.empty(), plugins);
        }

        /** PreFilter then Filter on each node, as a scheduling cycle would. */
        Map<String, Status> filterAll(Pod pod) {
            CycleState state = new CycleState();
            Status pre = framework.runPreFilter(state, pod, snapshot);
            Map<String, Status> result = new java.util.LinkedHashMap<>();
            for (NodeInfo n : snapshot.nodes()) {
                result.put(n.name(), pre.isSuccess() ? framework.runFilterPlugins(state, pod, n) : pre);
            }
            return result;
        }

        /** Filter feasible nodes, then the weighted, normalized total score of each. */
        Map<String, Long> scoreAll(Pod pod) {
            CycleState state = new CycleState();
            framework.runPreFilter(state, pod, snapshot);
            List<NodeInfo> feasible = snapshot.nodes().stream()
                    .filter(n -> framework.runFilterPlugins(state, pod, n).isSuccess()).toList();
            long[] scores = framework.runScore(state, pod, feasible);
            Map<String, Long> result = new java.util.LinkedHashMap<>();
            for (int i = 0; i < feasible.size(); i++) {
                result.put(feasible.get(i).name(), scores[i]);
            }
            return result;
        }
    }
}
