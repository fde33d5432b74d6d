package io.j8s.controllers.resourcequota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.ResourceQuotaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.j8s.controllers.base.TestCluster;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ResourceQuotaIT {

    private static TestCluster cluster;
    private static KubernetesClient client;

    @BeforeAll
    static void start() {
        cluster = new TestCluster();
        client = cluster.client();
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName("quota").endMetadata().build())
                .create();
        cluster.startControllerManager(Set.of("resourcequota"));
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    private static Map<String, String> used() {
        ResourceQuota q = client.resourceQuotas().inNamespace("quota").withName("compute").get();
        Map<String, String> out = new TreeMap<>();
        if (q.getStatus() != null && q.getStatus().getUsed() != null) {
            q.getStatus().getUsed().forEach((k, v) -> out.put(k, io.j8s.apimachinery.quantity.Quantity.of(v).toString()));
        }
        return out;
    }

    private static void pod(String name, String cpu) {
        client.pods().inNamespace("quota").resource(new PodBuilder().withNewMetadata().withName(name).endMetadata()
                .withNewSpec().addNewContainer().withName("c").withImage("busybox").withNewResources()
                .addToRequests("cpu", new Quantity(cpu)).addToRequests("memory", new Quantity("64Mi"))
                .addToLimits("memory", new Quantity("128Mi")).endResources().endContainer().endSpec().build()).create();
    }

    @Test
    void usedFollowsThePodsAndConfigMapsOfTheNamespace() {
        client.resourceQuotas().inNamespace("quota").resource(new ResourceQuotaBuilder().withNewMetadata()
                .withName("compute").endMetadata().withNewSpec().addToHard("pods", new Quantity("10"))
                .addToHard("requests.cpu", new Quantity("4")).addToHard("requests.memory", new Quantity("1Gi"))
                .addToHard("limits.memory", new Quantity("2Gi")).addToHard("configmaps", new Quantity("5"))
                .endSpec().build()).create();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            ResourceQuota q = client.resourceQuotas().inNamespace("quota").withName("compute").get();
            assertThat(q.getStatus().getHard()).containsOnlyKeys("pods", "requests.cpu", "requests.memory",
                    "limits.memory", "configmaps");
            assertThat(used()).containsEntry("pods", "0").containsEntry("requests.cpu", "0");
        });

        pod("a", "500m");
        pod("b", "250m");
        client.configMaps().inNamespace("quota").resource(new ConfigMapBuilder().withNewMetadata().withName("cm")
                .endMetadata().build()).create();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(used())
                .containsEntry("pods", "2").containsEntry("requests.cpu", "750m")
                .containsEntry("requests.memory", "128Mi").containsEntry("limits.memory", "256Mi")
                .containsEntry("configmaps", "1"));

        client.pods().inNamespace("quota").withName("a").withGracePeriod(0).delete();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(used())
                .containsEntry("pods", "1").containsEntry("requests.cpu", "250m"));
    }
}
