package io.j8s.scheduler.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.j8s.scheduler.framework.PodInfo;
import io.j8s.scheduler.framework.Snapshot;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchedulerCacheTest {

    private final SchedulerCache cache = new SchedulerCache();
    private final Snapshot snapshot = new Snapshot();

    private static Node node(String name) {
        return new NodeBuilder().withNewMetadata().withName(name).endMetadata().withNewStatus()
                .withAllocatable(Map.of("cpu", new Quantity("4"), "memory", new Quantity("4Gi"),
                        "pods", new Quantity("10"))).endStatus().build();
    }

    private static Pod pod(String name, String nodeName) {
        return new PodBuilder().withNewMetadata().withName(name).withNamespace("default").withUid(name).endMetadata()
                .withNewSpec().withNodeName(nodeName).addNewContainer().withName("c").withNewResources()
                .addToRequests("cpu", new Quantity("1")).endResources().endContainer().endSpec().build();
    }

    @Test
    void assumedPodCountsAtOnceAndIsConfirmedWithoutDoubleCounting() {
        cache.addNode(node("n1"));
        cache.assume(PodInfo.of(pod("p", null)), "n1");
        cache.updateSnapshot(snapshot);
        assertThat(snapshot.get("n1").requested().milliCpu()).isEqualTo(1000);
        assertThat(cache.isAssumed("p")).isTrue();

        cache.addPod(pod("p", "n1"));
        cache.updateSnapshot(snapshot);
        assertThat(snapshot.get("n1").requested().milliCpu()).isEqualTo(1000);
        assertThat(cache.isAssumed("p")).isFalse();
    }

    @Test
    void forgettingAnAssumedPodFreesItsResources() {
        cache.addNode(node("n1"));
        PodInfo p = PodInfo.of(pod("p", null));
        cache.assume(p, "n1");
        cache.forget(p);
        cache.updateSnapshot(snapshot);
        assertThat(snapshot.get("n1").pods()).isEmpty();
    }

    @Test
    void snapshotsAreCopiesUpdatedOnlyWhereNodesChanged() {
        cache.addNode(node("n1"));
        cache.addNode(node("n2"));
        cache.updateSnapshot(snapshot);
        var n2Before = snapshot.get("n2");
        cache.addPod(pod("p", "n1"));
        assertThat(snapshot.get("n1").pods()).isEmpty(); // not until the next update
        cache.updateSnapshot(snapshot);
        assertThat(snapshot.get("n1").pods()).hasSize(1);
        assertThat(snapshot.get("n2")).isSameAs(n2Before);
    }

    @Test
    void podsReportedBeforeTheirNodeAppearOnceTheNodeDoes() {
        cache.addPod(pod("early", "late-node"));
        cache.updateSnapshot(snapshot);
        assertThat(snapshot.nodes()).isEmpty();
        cache.addNode(node("late-node"));
        cache.updateSnapshot(snapshot);
        assertThat(snapshot.get("late-node").pods()).hasSize(1);
        cache.removePod(pod("early", "late-node"));
        cache.removeNode(node("late-node"));
        cache.updateSnapshot(snapshot);
        assertThat(snapshot.nodes()).isEmpty();
    }
}
