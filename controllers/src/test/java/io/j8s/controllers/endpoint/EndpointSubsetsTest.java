package io.j8s.controllers.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.EndpointAddress;
import io.fabric8.kubernetes.api.model.EndpointPort;
import io.fabric8.kubernetes.api.model.EndpointSubset;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class EndpointSubsetsTest {

    static Service service(boolean publishNotReady) {
        return new ServiceBuilder().withNewMetadata().withName("web").withNamespace("ns").endMetadata().withNewSpec()
                .addToSelector("app", "web").withPublishNotReadyAddresses(publishNotReady)
                .addNewPort().withName("http").withPort(80).withTargetPort(new IntOrString("http")).endPort()
                .endSpec().build();
    }

    static Pod pod(String name, String ip, boolean ready, int httpPort) {
        PodBuilder b = new PodBuilder().withNewMetadata().withName(name).withNamespace("ns").withUid("uid-" + name)
                .addToLabels("app", "web").endMetadata().withNewSpec().withNodeName("node-1").addNewContainer()
                .withName("c").addNewPort().withName("http").withContainerPort(httpPort).endPort().endContainer()
                .endSpec().withNewStatus().withPhase("Running").withPodIP(ip)
                .addNewCondition().withType("Ready").withStatus(ready ? "True" : "False").endCondition().endStatus();
        return b.build();
    }

    @Test
    void readyAndNotReadyPodsAreSplitAndNamedPortsResolved() {
        List<EndpointSubset> subsets = EndpointSubsets.compute(service(false),
                List.of(pod("b", "10.0.0.2", true, 8080), pod("a", "10.0.0.1", false, 8080)));
        assertThat(subsets).hasSize(1);
        assertThat(subsets.get(0).getAddresses()).extracting(EndpointAddress::getIp).containsExactly("10.0.0.2");
        assertThat(subsets.get(0).getNotReadyAddresses()).extracting(EndpointAddress::getIp).containsExactly("10.0.0.1");
        assertThat(subsets.get(0).getPorts()).extracting(EndpointPort::getPort).containsExactly(8080);
        assertThat(subsets.get(0).getAddresses().get(0).getTargetRef().getName()).isEqualTo("b");
        assertThat(subsets.get(0).getAddresses().get(0).getNodeName()).isEqualTo("node-1");
    }

    @Test
    void podsWithDifferentTargetPortsFormSeparateSubsets() {
        List<EndpointSubset> subsets = EndpointSubsets.compute(service(false),
                List.of(pod("a", "10.0.0.1", true, 8080), pod("b", "10.0.0.2", true, 9090)));
        assertThat(subsets).hasSize(2);
    }

    @Test
    void podsWithoutIpOrTerminalOrUnselectedAreSkipped() {
        Pod noIp = new PodBuilder(pod("a", "10.0.0.1", true, 80)).editStatus().withPodIP(null).endStatus().build();
        Pod done = new PodBuilder(pod("b", "10.0.0.2", true, 80)).editStatus().withPhase("Succeeded").endStatus().build();
        Pod other = new PodBuilder(pod("c", "10.0.0.3", true, 80)).editMetadata().addToLabels("app", "db").endMetadata()
                .build();
        assertThat(EndpointSubsets.compute(service(false), List.of(noIp, done, other))).isEmpty();
    }

    @Test
    void publishNotReadyAddressesListsUnreadyAndTerminatingPodsAsReady() {
        Pod terminating = new PodBuilder(pod("t", "10.0.0.4", false, 80)).editMetadata()
                .withDeletionTimestamp("2026-01-01T00:00:00Z").endMetadata().build();
        assertThat(EndpointSubsets.compute(service(false), List.of(terminating))).isEmpty();
        List<EndpointSubset> subsets = EndpointSubsets.compute(service(true), List.of(terminating));
        assertThat(subsets.get(0).getAddresses()).extracting(EndpointAddress::getIp).containsExactly("10.0.0.4");
    }

    @Test
    void aPodLackingTheNamedPortIsLeftOut() {
        Pod unnamed = new PodBuilder(pod("a", "10.0.0.1", true, 80)).editSpec().editFirstContainer().withPorts()
                .endContainer().endSpec().build();
        assertThat(EndpointSubsets.compute(service(false), List.of(unnamed))).isEmpty();
    }
}
