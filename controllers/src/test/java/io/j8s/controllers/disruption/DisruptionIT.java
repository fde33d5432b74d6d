package io.j8s.controllers.disruption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.j8s.controllers.base.TestCluster;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DisruptionIT {

    private static TestCluster cluster;
    private static KubernetesClient client;

    @BeforeAll
    static void start() {
        cluster = new TestCluster();
        client = cluster.client();
        cluster.startControllerManager(Set.of("disruption"));
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    private static Pod pod(String name) {
        return client.pods().inNamespace("default").resource(new PodBuilder().withNewMetadata().withName(name)
                .addToLabels("app", "web").endMetadata().withNewSpec().addNewContainer().withName("c")
                .withImage("busybox").endContainer().endSpec().build()).create();
    }

    private static PodDisruptionBudget budget() {
        return client.policy().v1().podDisruptionBudget().inNamespace("default").withName("web").get();
    }

    @Test
    void theBudgetAllowsDisruptionsOnlyWhileEnoughPodsAreHealthy() {
        Pod a = pod("a");
        Pod b = pod("b");
        cluster.setReady(a, true);
        client.policy().v1().podDisruptionBudget().inNamespace("default").resource(new PodDisruptionBudgetBuilder()
                .withNewMetadata().withName("web").endMetadata().withNewSpec().withMinAvailable(new IntOrString(1))
                .withNewSelector().addToMatchLabels("app", "web").endSelector().endSpec().build()).create();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var status = budget().getStatus();
            assertThat(status).isNotNull();
            assertThat(status.getExpectedPods()).isEqualTo(2);
            assertThat(status.getCurrentHealthy()).isEqualTo(1);
            assertThat(status.getDesiredHealthy()).isEqualTo(1);
            assertThat(status.getDisruptionsAllowed()).isZero();
            assertThat(status.getObservedGeneration()).isEqualTo(budget().getMetadata().getGeneration());
            assertThat(status.getConditions()).singleElement().satisfies(c -> {
                assertThat(c.getType()).isEqualTo("DisruptionAllowed");
                assertThat(c.getStatus()).isEqualTo("False");
                assertThat(c.getReason()).isEqualTo("InsufficientPods");
            });
        });

        cluster.setReady(b, true);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var status = budget().getStatus();
            assertThat(status.getCurrentHealthy()).isEqualTo(2);
            assertThat(status.getDisruptionsAllowed()).isEqualTo(1);
            assertThat(status.getConditions()).singleElement().satisfies(c -> {
                assertThat(c.getStatus()).isEqualTo("True");
                assertThat(c.getReason()).isEqualTo("SufficientPods");
            });
        });
    }

    @Test
    void expectedPodsComeFromTheControllersScaleUnderMaxUnavailable() {
        var rs = client.apps().replicaSets().inNamespace("default").resource(
                new io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder().withNewMetadata().withName("api")
                        .endMetadata().withNewSpec().withReplicas(3).withNewSelector().addToMatchLabels("app", "api")
                        .endSelector().withNewTemplate().withNewMetadata().addToLabels("app", "api").endMetadata()
                        .withNewSpec().addNewContainer().withName("c").withImage("busybox").endContainer().endSpec()
                        .endTemplate().endSpec().build()).create();
        for (String name : java.util.List.of("api-1", "api-2")) {
            Pod p = client.pods().inNamespace("default").resource(new PodBuilder().withNewMetadata().withName(name)
                    .addToLabels("app", "api").addNewOwnerReference().withApiVersion("apps/v1").withKind("ReplicaSet")
                    .withName("api").withUid(rs.getMetadata().getUid()).withController(true).endOwnerReference()
                    .endMetadata().withNewSpec().addNewContainer().withName("c").withImage("busybox").endContainer()
                    .endSpec().build()).create();
            cluster.setReady(p, true);
        }
        client.policy().v1().podDisruptionBudget().inNamespace("default").resource(new PodDisruptionBudgetBuilder()
                .withNewMetadata().withName("api").endMetadata().withNewSpec().withMaxUnavailable(new IntOrString(1))
                .withNewSelector().addToMatchLabels("app", "api").endSelector().endSpec().build()).create();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var status = client.policy().v1().podDisruptionBudget().inNamespace("default").withName("api").get()
                    .getStatus();
            assertThat(status).isNotNull();
            assertThat(status.getExpectedPods()).isEqualTo(3);
            assertThat(status.getDesiredHealthy()).isEqualTo(2);
            assertThat(status.getCurrentHealthy()).isEqualTo(2);
            assertThat(status.getDisruptionsAllowed()).isZero();
        });
    }
}
