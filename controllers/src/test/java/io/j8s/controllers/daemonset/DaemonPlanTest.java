package io.j8s.controllers.daemonset;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.TaintBuilder;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DaemonPlanTest {

    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    static DaemonSet ds() {
        return new DaemonSetBuilder()
                .withNewMetadata().withName("agent").withNamespace("default").withUid("ds-uid").endMetadata()
                .withNewSpec().withNewSelector().withMatchLabels(Map.of("app", "agent")).endSelector()
                .withNewTemplate().withNewMetadata().withLabels(Map.of("app", "agent")).endMetadata()
                .withNewSpec().addNewContainer().withName("c").withImage("busybox").endContainer().endSpec()
                .endTemplate().endSpec().build();
    }

    static Node node(String name, Map<String, String> labels) {
        return new NodeBuilder().withNewMetadata().withName(name).withLabels(labels).endMetadata().build();
    }

    static Pod pod(DaemonSet ds, String node, String hash, boolean ready) {
        Pod p = new PodBuilder(DaemonPods.newPod(ds, node, hash)).editMetadata().withName("agent-" + node)
                .addToLabels(DaemonPlan.HASH_LABEL, hash).endMetadata().build();
        if (ready) {
            p = new PodBuilder(p).withNewStatus().withPhase("Running").addNewCondition().withType("Ready")
                    .withStatus("True").withLastTransitionTime("2025-12-31T00:00:00Z").endCondition().endStatus()
                    .build();
        }
        return p;
    }

    @Test
    void createsOnePodOnEveryNodeWithoutOne() {
        DaemonSet ds = ds();
        DaemonPlan plan = DaemonPlan.of(ds, List.of(node("a", Map.of()), node("b", Map.of())),
                List.of(pod(ds, "a", "h", true)), "h", NOW);
        assertThat(plan.createOn()).containsExactly("b");
        assertThat(plan.delete()).isEmpty();
        assertThat(plan.counts()).isEqualTo(new DaemonPlan.Counts(2, 1, 0, 1, 1, 1));
    }

    @Test
    void deletesPodsFromNodesThatNoLongerMatchTheNodeSelector() {
        DaemonSet ds = new DaemonSetBuilder(ds()).editSpec().editTemplate().editSpec()
                .withNodeSelector(Map.of("disk", "ssd")).endSpec().endTemplate().endSpec().build();
        DaemonPlan plan = DaemonPlan.of(ds, List.of(node("a", Map.of("disk", "ssd")), node("b", Map.of())),
                List.of(pod(ds, "a", "h", true), pod(ds, "b", "h", true)), "h", NOW);
        assertThat(plan.delete()).extracting(p -> p.getMetadata().getName()).containsExactly("agent-b");
        assertThat(plan.counts().desired()).isEqualTo(1);
        assertThat(plan.counts().misscheduled()).isEqualTo(1);
    }

    @Test
    void rollingUpdateDeletesAtMostMaxUnavailableOutdatedPods() {
        DaemonSet ds = new DaemonSetBuilder(ds()).editSpec().withNewUpdateStrategy().withType("RollingUpdate")
                .withNewRollingUpdate().withMaxUnavailable(new IntOrString(2)).endRollingUpdate()
                .endUpdateStrategy().endSpec().build();
        List<Node> nodes = List.of(node("a", Map.of()), node("b", Map.of()), node("c", Map.of()));
        DaemonPlan plan = DaemonPlan.of(ds, nodes,
                List.of(pod(ds, "a", "old", true), pod(ds, "b", "old", true), pod(ds, "c", "old", true)), "new", NOW);
        assertThat(plan.delete()).hasSize(2);
        assertThat(plan.createOn()).isEmpty();
        assertThat(plan.counts().updated()).isZero();
    }

    @Test
    void onDeleteStrategyLeavesOutdatedPodsAlone() {
        DaemonSet ds = new DaemonSetBuilder(ds()).editSpec().withNewUpdateStrategy().withType("OnDelete")
                .endUpdateStrategy().endSpec().build();
        DaemonPlan plan = DaemonPlan.of(ds, List.of(node("a", Map.of())), List.of(pod(ds, "a", "old", true)),
                "new", NOW);
        assertThat(plan.delete()).isEmpty();
        assertThat(plan.createOn()).isEmpty();
    }

    @Test
    void defaultTolerationsLetDaemonPodsOnUnschedulableNodesButNotOnOtherTaints() {
        var spec = ds().getSpec().getTemplate().getSpec();
        Node cordoned = new NodeBuilder(node("a", Map.of())).withNewSpec().addToTaints(new TaintBuilder()
                .withKey("node.kubernetes.io/unschedulable").withEffect("NoSchedule").build()).endSpec().build();
        Node dedicated = new NodeBuilder(node("b", Map.of())).withNewSpec().addToTaints(new TaintBuilder()
                .withKey("dedicated").withValue("gpu").withEffect("NoSchedule").build()).endSpec().build();
        assertThat(NodeEligibility.shouldRun(cordoned, spec)).isTrue();
        assertThat(NodeEligibility.shouldRun(dedicated, spec)).isFalse();
        spec.setTolerations(List.of(new TolerationBuilder().withKey("dedicated").withOperator("Equal")
                .withValue("gpu").withEffect("NoSchedule").build()));
        assertThat(NodeEligibility.shouldRun(dedicated, spec)).isTrue();
    }

    @Test
    void newPodsArePinnedToTheirNodeByRequiredNodeAffinityOnMetadataName() {
        Pod p = DaemonPods.newPod(ds(), "node-7", "h");
        assertThat(p.getSpec().getNodeName()).isNull();
        assertThat(DaemonPods.nodeOf(p)).isEqualTo("node-7");
        var term = p.getSpec().getAffinity().getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution()
                .getNodeSelectorTerms().get(0).getMatchFields().get(0);
        assertThat(term.getKey()).isEqualTo("metadata.name");
        assertThat(term.getOperator()).isEqualTo("In");
        assertThat(p.getMetadata().getLabels()).containsEntry(DaemonPlan.HASH_LABEL, "h");
        assertThat(p.getSpec().getTolerations()).extracting(t -> t.getKey())
                .contains("node.kubernetes.io/not-ready", "node.kubernetes.io/unschedulable");
    }
}
