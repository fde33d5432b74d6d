package io.j8s.controllers.namespace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.j8s.controllers.base.TestCluster;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NamespaceControllerIT {

    private static TestCluster cluster;
    private static KubernetesClient client;

    @BeforeAll
    static void start() {
        cluster = new TestCluster();
        client = cluster.client();
        cluster.startControllerManager(Set.of("namespace", "serviceaccount"));
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void deletingANamespaceDeletesItsContentAndThenTheNamespace() {
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName("doomed").endMetadata().build())
                .create();
        client.configMaps().inNamespace("doomed").resource(new ConfigMapBuilder().withNewMetadata().withName("cm")
                .endMetadata().addToData("k", "v").build()).create();
        client.pods().inNamespace("doomed").resource(new PodBuilder().withNewMetadata().withName("p").endMetadata()
                .withNewSpec().addNewContainer().withName("c").withImage("busybox").endContainer().endSpec().build())
                .create();
        client.apps().deployments().inNamespace("doomed").resource(new DeploymentBuilder().withNewMetadata()
                .withName("d").endMetadata().withNewSpec().withNewSelector().addToMatchLabels("app", "d").endSelector()
                .withNewTemplate().withNewMetadata().addToLabels("app", "d").endMetadata().withNewSpec()
                .addNewContainer().withName("c").withImage("busybox").endContainer().endSpec().endTemplate().endSpec()
                .build()).create();

        client.namespaces().withName("doomed").delete();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(client.namespaces().withName("doomed").get()).isNull());
        assertThat(client.configMaps().inNamespace("doomed").list().getItems()).isEmpty();
        assertThat(client.pods().inNamespace("doomed").list().getItems()).isEmpty();
        assertThat(client.apps().deployments().inNamespace("doomed").list().getItems()).isEmpty();
    }

    @Test
    void everyNamespaceGetsADefaultServiceAccountAgainAfterItIsDeleted() {
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName("team").endMetadata().build())
                .create();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(client.serviceAccounts().inNamespace("team").withName("default").get()).isNotNull());
        String firstUid = client.serviceAccounts().inNamespace("team").withName("default").get().getMetadata().getUid();

        client.serviceAccounts().inNamespace("team").withName("default").delete();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var sa = client.serviceAccounts().inNamespace("team").withName("default").get();
            assertThat(sa).isNotNull();
            assertThat(sa.getMetadata().getUid()).isNotEqualTo(firstUid);
        });
    }
}
