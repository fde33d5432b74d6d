package io.j8s.apiserver.registry.core.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.j8s.apiserver.registry.core.StrategyFixture;
import org.junit.jupiter.api.Test;

class NodeStrategyTest {

    private final StrategyFixture nodes = StrategyFixture.of("nodes");

    private static NodeBuilder node() {
        return new NodeBuilder().withNewMetadata().withName("node-1").endMetadata().withNewSpec().endSpec();
    }

    @Test
    void defaultsAllocatableToCapacity() {
        ObjectNode obj = nodes.created(node().withNewStatus().addToCapacity("cpu", new Quantity("4")).endStatus().build());
        assertThat(obj.at("/status/allocatable/cpu").asText()).isEqualTo("4");
    }

    @Test
    void rejectsTaintWithoutEffect() {
        assertThat(nodes.errors(node().editSpec().addNewTaint().withKey("dedicated").withValue("db").endTaint().endSpec().build()))
                .containsExactly("spec.taints[0].effect: Required value");
    }

    @Test
    void rejectsDuplicateTaintsByKeyAndEffect() {
        assertThat(nodes.errors(node().editSpec()
                .addNewTaint().withKey("k").withEffect("NoSchedule").endTaint()
                .addNewTaint().withKey("k").withValue("v").withEffect("NoSchedule").endTaint().endSpec().build()))
                .hasSize(1).first().asString().startsWith("spec.taints[1]: Duplicate value:")
                .endsWith("taints must be unique by key and effect pair");
    }

    @Test
    void rejectsInvalidPodCidr() {
        assertThat(nodes.errors(node().editSpec().withPodCIDR("10.0.0.0").withPodCIDRs("10.0.0.0").endSpec().build()))
                .containsExactly("spec.podCIDRs[0]: Invalid value: \"10.0.0.0\": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)");
    }

    @Test
    void forbidsChangingPodCidrOnceSet() {
        ObjectNode old = nodes.created(node().editSpec().withPodCIDR("10.0.1.0/24").withPodCIDRs("10.0.1.0/24").endSpec().build());
        assertThat(nodes.updateErrors(node().editSpec().withPodCIDR("10.0.2.0/24").withPodCIDRs("10.0.2.0/24").endSpec().build(), old))
                .containsExactly("spec.podCIDRs: Forbidden: node updates may not change podCIDR except from \"\" to valid");
    }

    @Test
    void selectsNodesBySchedulability() {
        ObjectNode obj = nodes.created(node().editSpec().withUnschedulable(true).endSpec().build());
        assertThat(nodes.strategy().selectableFields(obj)).containsEntry("spec.unschedulable", "true");
    }
}
