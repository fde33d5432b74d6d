package io.j8s.controllers.nodelifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.api.model.TaintBuilder;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.api.model.coordination.v1.LeaseBuilder;
import io.j8s.controllers.base.FakeClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeHealthTest {

    final FakeClock clock = new FakeClock(Instant.parse("2026-01-01T00:00:00Z"));
    final Duration grace = Duration.ofSeconds(40);

    private Node node(String ready) {
        return new NodeBuilder().withNewMetadata().withName("n1").withCreationTimestamp("2025-12-31T00:00:00Z")
                .endMetadata().withNewStatus().addNewCondition().withType("Ready").withStatus(ready)
                .withLastHeartbeatTime("2025-12-31T00:00:00Z").endCondition().endStatus().build();
    }

    private Lease leaseRenewedAt(Instant t) {
        return new LeaseBuilder().withNewMetadata().withName("n1").withNamespace("kube-node-lease").endMetadata()
                .withNewSpec().withRenewTime(t.atZone(ZoneOffset.UTC)).endSpec().build();
    }

    @Test
    void aNodeIsStaleOnlyOnceItsLeaseIsOlderThanTheGracePeriod() {
        Lease lease = leaseRenewedAt(clock.instant());
        clock.advance(Duration.ofSeconds(40));
        assertThat(NodeHealth.stale(node("True"), lease, clock.instant(), grace)).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(NodeHealth.stale(node("True"), lease, clock.instant(), grace)).isTrue();
    }

    @Test
    void aRenewedLeaseKeepsTheNodeFresh() {
        clock.advance(Duration.ofMinutes(10));
        assertThat(NodeHealth.stale(node("True"), leaseRenewedAt(clock.instant().minusSeconds(5)), clock.instant(),
                grace)).isFalse();
    }

    @Test
    void anUnknownNodeGetsBothUnreachableTaints() {
        List<Taint> taints = NodeHealth.desiredTaints(List.of(), "Unknown", "2026-01-01T00:00:00Z");
        assertThat(taints).extracting(Taint::getKey, Taint::getEffect).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(NodeHealth.UNREACHABLE, "NoSchedule"),
                org.assertj.core.groups.Tuple.tuple(NodeHealth.UNREACHABLE, "NoExecute"));
    }

    @Test
    void aNotReadyNodeSwapsUnreachableForNotReadyAndKeepsOtherTaints() {
        Taint own = new TaintBuilder().withKey("dedicated").withValue("gpu").withEffect("NoSchedule").build();
        Taint old = new TaintBuilder().withKey(NodeHealth.UNREACHABLE).withEffect("NoExecute").build();
        List<Taint> taints = NodeHealth.desiredTaints(List.of(own, old), "False", "2026-01-01T00:00:00Z");
        assertThat(taints).extracting(Taint::getKey).containsExactlyInAnyOrder("dedicated", NodeHealth.NOT_READY,
                NodeHealth.NOT_READY);
    }

    @Test
    void aReadyNodeLosesTheLifecycleTaints() {
        Taint own = new TaintBuilder().withKey("dedicated").withEffect("NoSchedule").build();
        Taint old = new TaintBuilder().withKey(NodeHealth.UNREACHABLE).withEffect("NoExecute").build();
        assertThat(NodeHealth.desiredTaints(List.of(own, old), "True", "2026-01-01T00:00:00Z")).containsExactly(own);
    }

    @Test
    void anExistingTaintKeepsItsTimeAdded() {
        Taint old = new TaintBuilder().withKey(NodeHealth.UNREACHABLE).withEffect("NoExecute")
                .withTimeAdded("2025-01-01T00:00:00Z").build();
        assertThat(NodeHealth.desiredTaints(List.of(old), "Unknown", "2026-01-01T00:00:00Z"))
                .filteredOn(t -> "NoExecute".equals(t.getEffect())).extracting(Taint::getTimeAdded)
                .containsExactly("2025-01-01T00:00:00Z");
    }
}
