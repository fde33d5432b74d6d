package io.j8s.controllers.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.EndpointAddress;
import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointSlice;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.j8s.controllers.base.TestCluster;
import io.j8s.controllers.endpointslice.EndpointSliceController;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Endpoints and EndpointSlices of a Service follow its pods as the test (playing the kubelet) sets their status. */
class EndpointsIT {

    private static TestCluster cluster;
    private static KubernetesClient client;

    @BeforeAll
    static void start() {
        cluster = new TestCluster();
        client = cluster.client();
        cluster.startControllerManager(Set.of("endpoint", "endpointslice", "garbagecollector"));
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    private static Pod runningPod(String name, String app, String ip, boolean ready) {
        Pod pod = client.pods().inNamespace("default").resource(new PodBuilder().withNewMetadata().withName(name)
                .addToLabels("app", app).endMetadata().withNewSpec().withNodeName("node-1").addNewContainer()
                .withName("c").withImage("busybox").addNewPort().withName("http").withContainerPort(8080).endPort()
                .endContainer().endSpec().build()).create();
        return client.pods().inNamespace("default").resource(new PodBuilder(pod).editOrNewStatus().withPhase("Running")
                .withPodIP(ip).addNewCondition().withType("Ready").withStatus(ready ? "True" : "False").endCondition()
                .endStatus().build()).updateStatus();
    }

    private static void service(String name, String app) {
        client.services().inNamespace("default").resource(new ServiceBuilder().withNewMetadata().withName(name)
                .endMetadata().withNewSpec().addToSelector("app", app).addNewPort().withName("web").withPort(80)
                .withTargetPort(new IntOrString("http")).endPort().endSpec().build()).create();
    }

    private static List<EndpointSlice> slices(String service) {
        return client.discovery().v1().endpointSlices().inNamespace("default")
                .withLabel(EndpointSliceController.SERVICE_NAME_LABEL, service).list().getItems();
    }

    @Test
    void endpointsAndSlicesListReadyAndNotReadyPodsAndFollowChanges() {
        runningPod("web-1", "web", "10.1.0.1", true);
        runningPod("web-2", "web", "10.1.0.2", false);
        client.pods().inNamespace("default").resource(new PodBuilder().withNewMetadata().withName("web-noip")
                .addToLabels("app", "web").endMetadata().withNewSpec().addNewContainer().withName("c")
                .withImage("busybox").endContainer().endSpec().build()).create();
        service("web", "web");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Endpoints ep = client.endpoints().inNamespace("default").withName("web").get();
            assertThat(ep).isNotNull();
            assertThat(ep.getSubsets()).hasSize(1);
            assertThat(ep.getSubsets().get(0).getAddresses()).extracting(EndpointAddress::getIp).containsExactly("10.1.0.1");
            assertThat(ep.getSubsets().get(0).getNotReadyAddresses()).extracting(EndpointAddress::getIp)
                    .containsExactly("10.1.0.2");
            assertThat(ep.getSubsets().get(0).getPorts().get(0).getPort()).isEqualTo(8080);
            assertThat(ep.getSubsets().get(0).getPorts().get(0).getName()).isEqualTo("web");
        });
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<EndpointSlice> slices = slices("web");
            assertThat(slices).hasSize(1);
            EndpointSlice slice = slices.get(0);
            assertThat(slice.getAddressType()).isEqualTo("IPv4");
            assertThat(slice.getMetadata().getLabels()).containsEntry("endpointslice.kubernetes.io/managed-by",
                    "endpointslice-controller.k8s.io");
            assertThat(slice.getMetadata().getOwnerReferences().get(0).getKind()).isEqualTo("Service");
            assertThat(slice.getEndpoints()).extracting(e -> e.getAddresses().get(0)).containsExactly("10.1.0.1", "10.1.0.2");
            assertThat(slice.getEndpoints()).extracting(e -> e.getConditions().getReady()).containsExactly(true, false);
        });

        cluster.setReady(client.pods().inNamespace("default").withName("web-2").get(), true);
        client.pods().inNamespace("default").withName("web-1").withGracePeriod(0).delete();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Endpoints ep = client.endpoints().inNamespace("default").withName("web").get();
            assertThat(ep.getSubsets().get(0).getAddresses()).extracting(EndpointAddress::getIp).containsExactly("10.1.0.2");
            assertThat(ep.getSubsets().get(0).getNotReadyAddresses()).isEmpty();
            assertThat(slices("web").get(0).getEndpoints()).extracting(e -> e.getAddresses().get(0))
                    .containsExactly("10.1.0.2");
        });
    }

    @Test
    void deletingTheServiceRemovesItsEndpointsAndSlices() {
        runningPod("gone-1", "gone", "10.2.0.1", true);
        service("gone", "gone");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(client.endpoints().inNamespace("default").withName("gone").get()).isNotNull();
            assertThat(slices("gone")).hasSize(1);
        });

        client.services().inNamespace("default").withName("gone").delete();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(client.endpoints().inNamespace("default").withName("gone").get()).isNull();
            assertThat(slices("gone")).isEmpty();
        });
    }
}
