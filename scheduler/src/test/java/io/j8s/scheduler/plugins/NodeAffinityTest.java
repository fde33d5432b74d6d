package io.j8s.scheduler.plugins;

import static io.j8s.scheduler.plugins.Fixtures.info;
import static io.j8s.scheduler.plugins.Fixtures.node;
import static io.j8s.scheduler.plugins.Fixtures.pod;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.NodeSelectorRequirementBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.j8s.scheduler.framework.Code;
import io.j8s.scheduler.framework.CycleState;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeAffinityTest {

    private final NodeAffinity plugin = new NodeAffinity();
    private final Nodes nodes = new Nodes();

    private static final class Nodes {
        final io.fabric8.kubernetes.api.model.Node a = node("a", "4", "4Gi").editMetadata()
                .addToLabels("zone", "a").addToLabels("cores", "8").endMetadata().build();
        final io.fabric8.kubernetes.api.model.Node b = node("b", "4", "4Gi").editMetadata()
                .addToLabels("zone", "b").addToLabels("cores", "2").endMetadata().build();
    }

    private static Pod required(String key, String op, String... values) {
        return pod("p").editSpec().withNewAffinity().withNewNodeAffinity()
                .withNewRequiredDuringSchedulingIgnoredDuringExecution().addNewNodeSelectorTerm()
                .addToMatchExpressions(new NodeSelectorRequirementBuilder().withKey(key).withOperator(op)
                        .withValues(values).build())
                .endNodeSelectorTerm().endRequiredDuringSchedulingIgnoredDuringExecution()
                .endNodeAffinity().endAffinity().endSpec().build();
    }

    @Test
    void nodeSelectorMustMatchAllLabels() {
        Pod p = pod("p").editSpec().addToNodeSelector("zone", "a").endSpec().build();
        assertThat(plugin.filter(new CycleState(), p, info(nodes.a)).isSuccess()).isTrue();
        var s = plugin.filter(new CycleState(), p, info(nodes.b));
        assertThat(s.code()).isEqualTo(Code.UNSCHEDULABLE_AND_UNRESOLVABLE);
        assertThat(s.reasons()).containsExactly("node(s) didn't match Pod's node affinity/selector");
    }

    @Test
    void requiredAffinitySupportsEveryOperator() {
        assertThat(plugin.filter(new CycleState(), required("zone", "In", "a"), info(nodes.a)).isSuccess()).isTrue();
        assertThat(plugin.filter(new CycleState(), required("zone", "NotIn", "a"), info(nodes.a)).isSuccess()).isFalse();
        assertThat(plugin.filter(new CycleState(), required("zone", "Exists"), info(nodes.b)).isSuccess()).isTrue();
        assertThat(plugin.filter(new CycleState(), required("gpu", "DoesNotExist"), info(nodes.b)).isSuccess()).isTrue();
        assertThat(plugin.filter(new CycleState(), required("cores", "Gt", "4"), info(nodes.a)).isSuccess()).isTrue();
        assertThat(plugin.filter(new CycleState(), required("cores", "Gt", "4"), info(nodes.b)).isSuccess()).isFalse();
        assertThat(plugin.filter(new CycleState(), required("cores", "Lt", "4"), info(nodes.b)).isSuccess()).isTrue();
    }

    @Test
    void matchFieldsSelectsByNodeName() {
        Pod p = pod("p").editSpec().withNewAffinity().withNewNodeAffinity()
                .withNewRequiredDuringSchedulingIgnoredDuringExecution().addNewNodeSelectorTerm()
                .addToMatchFields(new NodeSelectorRequirementBuilder().withKey("metadata.name").withOperator("In")
                        .withValues("b").build())
                .endNodeSelectorTerm().endRequiredDuringSchedulingIgnoredDuringExecution()
                .endNodeAffinity().endAffinity().endSpec().build();
        assertThat(plugin.filter(new CycleState(), p, info(nodes.a)).isSuccess()).isFalse();
        assertThat(plugin.filter(new CycleState(), p, info(nodes.b)).isSuccess()).isTrue();
    }

    @Test
    void preferredAffinityScoresMatchingNodesHigher() {
        Pod p = pod("p").editSpec().withNewAffinity().withNewNodeAffinity()
                .addNewPreferredDuringSchedulingIgnoredDuringExecution().withWeight(10).withNewPreference()
                .addToMatchExpressions(new NodeSelectorRequirementBuilder().withKey("zone").withOperator("In")
                        .withValues("b").build()).endPreference().endPreferredDuringSchedulingIgnoredDuringExecution()
                .endNodeAffinity().endAffinity().endSpec().build();
        var tf = new Fixtures.TestFramework(List.of(info(nodes.a), info(nodes.b)), NodeAffinity.NAME);
        var scores = tf.scoreAll(p);
        assertThat(scores.get("b")).isEqualTo(100);
        assertThat(scores.get("a")).isZero();
    }
}
