package io.j8s.controllers.podgc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.j8s.controllers.base.TestCluster;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PodGcIT {

    private static TestCluster cluster;
    private static KubernetesClient client;

    @BeforeAll
    static void start() {
        cluster = new TestCluster();
        client = cluster.client();
        client.nodes().resource(new NodeBuilder().withNewMetadata().withName("live").endMetadata().build()).create();
        cluster.startControllerManager(Set.of("podgc"));
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    private static void pod(String name, String node) {
        client.pods().inNamespace("default").resource(new PodBuilder().withNewMetadata().withName(name).endMetadata()
                .withNewSpec().withNodeName(node).addNewContainer().withName("c").withImage("busybox").endContainer()
                .endSpec().build()).create();
    }

    @Test
    void podsOnANodeThatDoesNotExistAreDeletedAndOthersKept() {
        pod("on-live", "live");
        pod("on-ghost", "ghost");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(client.pods().inNamespace("default").withName("on-ghost").get()).isNull());
        assertThat(client.pods().inNamespace("default").withName("on-live").get()).isNotNull();
    }
}
