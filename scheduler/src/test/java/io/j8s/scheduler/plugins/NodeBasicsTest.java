package io.j8s.scheduler.plugins;

import static io.j8s.scheduler.plugins.Fixtures.info;
import static io.j8s.scheduler.plugins.Fixtures.node;
import static io.j8s.scheduler.plugins.Fixtures.pod;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import io.j8s.scheduler.framework.CycleState;
import org.junit.jupiter.api.Test;

/** NodeUnschedulable, NodeName and NodePorts: the plugins with one small rule each. */
class NodeBasicsTest {

    private static Pod withHostPort(String name, String ip, int port) {
        return pod(name).editSpec().editFirstContainer().addToPorts(new ContainerPortBuilder()
                .withContainerPort(80).withHostPort(port).withHostIP(ip).build()).endContainer().endSpec().build();
    }

    @Test
    void cordonedNodeRejectsPodsUnlessTheyTolerateTheUnschedulableTaint() {
        var cordoned = info(node("n", "1", "1Gi").editSpec().withUnschedulable(true).endSpec().build());
        var plugin = new NodeUnschedulable();
        assertThat(plugin.filter(new CycleState(), pod("p").build(), cordoned).reasons())
                .containsExactly("node(s) were unschedulable");
        Pod tolerant = pod("t").editSpec().addToTolerations(new TolerationBuilder()
                .withKey("node.kubernetes.io/unschedulable").withOperator("Exists").withEffect("NoSchedule").build())
                .endSpec().build();
        assertThat(plugin.filter(new CycleState(), tolerant, cordoned).isSuccess()).isTrue();
    }

    @Test
    void nodeNameOnlyAdmitsTheNamedNode() {
        var plugin = new NodeName();
        Pod p = pod("p").editSpec().withNodeName("b").endSpec().build();
        assertThat(plugin.filter(new CycleState(), p, info(node("a", "1", "1Gi").build())).reasons())
                .containsExactly("node(s) didn't match the requested node name");
        assertThat(plugin.filter(new CycleState(), p, info(node("b", "1", "1Gi").build())).isSuccess()).isTrue();
    }

    @Test
    void hostPortsConflictOnSameProtocolAndPortWhenIpsOverlap() {
        var plugin = new NodePorts();
        var node = info(node("n", "4", "4Gi").build(), withHostPort("used", "", 8080));
        assertThat(plugin.filter(new CycleState(), withHostPort("p", "10.0.0.1", 8080), node).reasons())
                .containsExactly("node(s) didn't have free ports for the requested pod ports");
        assertThat(plugin.filter(new CycleState(), withHostPort("q", "", 9090), node).isSuccess()).isTrue();
        var specific = info(node("m", "4", "4Gi").build(), withHostPort("used", "10.0.0.1", 8080));
        assertThat(plugin.filter(new CycleState(), withHostPort("r", "10.0.0.2", 8080), specific).isSuccess()).isTrue();
    }
}
