package io.j8s.controllers.replicaset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.ReplicationController;
import io.fabric8.kubernetes.api.model.ReplicationControllerBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.j8s.controllers.base.TestCluster;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReplicaSetControllerIT {

    static TestCluster cluster;
    static KubernetesClient client;

    @BeforeAll
    static void start() {
        cluster = new TestCluster();
        client = cluster.client();
        cluster.startControllerManager(Set.of("replicaset", "replicationcontroller"));
    }

    @AfterAll
    static void stop() throws Exception {
        cluster.close();
    }

    static ReplicaSet replicaSet(String name, int replicas) {
        return new ReplicaSetBuilder()
                .withNewMetadata().withName(name).withNamespace("default").endMetadata()
                .withNewSpec().withReplicas(replicas)
                .withNewSelector().withMatchLabels(Map.of("app", name)).endSelector()
                .withNewTemplate().withNewMetadata().withLabels(Map.of("app", name)).endMetadata()
                .withNewSpec().addNewContainer().withName("c").withImage("busybox").endContainer().endSpec()
                .endTemplate().endSpec().build();
    }

    @Test
    void createsPodsUpToReplicasWithAControllerReference() {
        ReplicaSet rs = client.apps().replicaSets().resource(replicaSet("web", 3)).create();
        await().atMost(Duration.ofSeconds(20)).until(() -> cluster.activePods("default", "app", "web").size() == 3);
        List<Pod> pods = cluster.activePods("default", "app", "web");
        assertThat(pods).allSatisfy(p -> {
            assertThat(p.getMetadata().getName()).startsWith("web-");
            assertThat(p.getMetadata().getOwnerReferences()).singleElement().satisfies(ref -> {
                assertThat(ref.getUid()).isEqualTo(rs.getMetadata().getUid());
                assertThat(ref.getKind()).isEqualTo("ReplicaSet");
                assertThat(ref.getController()).isTrue();
                assertThat(ref.getBlockOwnerDeletion()).isTrue();
            });
        });
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            ReplicaSet cur = client.apps().replicaSets().withName("web").get();
            assertThat(cur.getStatus().getReplicas()).isEqualTo(3);
            assertThat(cur.getStatus().getFullyLabeledReplicas()).isEqualTo(3);
            assertThat(cur.getStatus().getObservedGeneration()).isEqualTo(cur.getMetadata().getGeneration());
        });
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(client.v1().events().inNamespace("default")
                .list().getItems()).filteredOn(e -> "web".equals(e.getInvolvedObject().getName())
                        && "SuccessfulCreate".equals(e.getReason()))
                .hasSize(3)
                .allSatisfy(e -> {
                    assertThat(e.getType()).isEqualTo("Normal");
                    assertThat(e.getInvolvedObject().getKind()).isEqualTo("ReplicaSet");
                    assertThat(e.getMessage()).startsWith("Created pod: web-");
                }));
    }

    @Test
    void replacesADeletedPodAndScalesDownDeletingNotReadyPodsFirst() {
        client.apps().replicaSets().resource(replicaSet("scale", 3)).create();
        await().atMost(Duration.ofSeconds(20)).until(() -> cluster.activePods("default", "app", "scale").size() == 3);
        List<Pod> pods = cluster.activePods("default", "app", "scale");
        cluster.setReady(pods.get(0), true);
        cluster.setReady(pods.get(1), true);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                client.apps().replicaSets().withName("scale").get().getStatus().getReadyReplicas() == 2);

        client.apps().replicaSets().withName("scale").scale(2);
        await().atMost(Duration.ofSeconds(20)).until(() -> cluster.activePods("default", "app", "scale").size() == 2);
        assertThat(cluster.activePods("default", "app", "scale")).extracting(p -> p.getMetadata().getName())
                .containsExactlyInAnyOrder(pods.get(0).getMetadata().getName(), pods.get(1).getMetadata().getName());

        client.pods().withName(pods.get(0).getMetadata().getName()).delete();
        await().atMost(Duration.ofSeconds(20)).until(() -> cluster.activePods("default", "app", "scale").stream()
                .filter(p -> !p.getMetadata().getName().equals(pods.get(0).getMetadata().getName())).count() == 2);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            ReplicaSet cur = client.apps().replicaSets().withName("scale").get();
            assertThat(cur.getStatus().getReplicas()).isEqualTo(2);
            assertThat(cur.getStatus().getReadyReplicas()).isEqualTo(1);
            assertThat(cur.getStatus().getAvailableReplicas()).isEqualTo(1);
        });
    }

    @Test
    void adoptsMatchingOrphansAndReleasesPodsThatStopMatching() {
        Pod orphan = client.pods().resource(new PodBuilder().withNewMetadata().withName("orphan")
                .withNamespace("default").withLabels(Map.of("app", "adopt")).endMetadata()
                .withNewSpec().addNewContainer().withName("c").withImage("busybox").endContainer().endSpec()
                .build()).create();
        ReplicaSet rs = client.apps().replicaSets().resource(replicaSet("adopt", 2)).create();
        await().atMost(Duration.ofSeconds(20)).until(() -> cluster.activePods("default", "app", "adopt").size() == 2);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                client.pods().withName("orphan").get().getMetadata().getOwnerReferences())
                .singleElement().satisfies(r -> assertThat(r.getUid()).isEqualTo(rs.getMetadata().getUid())));

        client.pods().withName("orphan").edit(p -> new PodBuilder(p).editMetadata()
                .withLabels(Map.of("app", "elsewhere")).endMetadata().build());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(client.pods().withName("orphan").get().getMetadata().getOwnerReferences()).isNullOrEmpty();
            assertThat(cluster.activePods("default", "app", "adopt")).hasSize(2)
                    .noneMatch(p -> p.getMetadata().getName().equals(orphan.getMetadata().getName()));
        });
    }

    @Test
    void replicationControllerKeepsPodsForItsMapSelector() {
        ReplicationController rc = new ReplicationControllerBuilder()
                .withNewMetadata().withName("legacy").withNamespace("default").endMetadata()
                .withNewSpec().withReplicas(2).withSelector(Map.of("app", "legacy"))
                .withNewTemplate().withNewMetadata().withLabels(Map.of("app", "legacy")).endMetadata()
                .withNewSpec().addNewContainer().withName("c").withImage("busybox").endContainer().endSpec()
                .endTemplate().endSpec().build();
        client.replicationControllers().resource(rc).create();
        await().atMost(Duration.ofSeconds(20)).until(() -> cluster.activePods("default", "app", "legacy").size() == 2);
        assertThat(cluster.activePods("default", "app", "legacy")).allSatisfy(p ->
                assertThat(p.getMetadata().getOwnerReferences().get(0).getKind()).isEqualTo("ReplicationController"));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                client.replicationControllers().withName("legacy").get().getStatus().getReplicas() == 2);
    }

    @Test
    void failedPodCreatesSetReplicaFailureUntilTheTemplateIsFixed() {
        // The API server accepts surrounding whitespace in a template's image but rejects it in a pod.
        ReplicaSet broken = new ReplicaSetBuilder(replicaSet("broken", 2)).editSpec().editTemplate().editSpec()
                .editFirstContainer().withImage(" busybox").endContainer().endSpec().endTemplate().endSpec().build();
        client.apps().replicaSets().resource(broken).create();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            ReplicaSet cur = client.apps().replicaSets().withName("broken").get();
            assertThat(cur.getStatus().getConditions()).singleElement().satisfies(c -> {
                assertThat(c.getType()).isEqualTo("ReplicaFailure");
                assertThat(c.getStatus()).isEqualTo("True");
                assertThat(c.getReason()).isEqualTo("FailedCreate");
            });
            assertThat(client.v1().events().inNamespace("default").list().getItems())
                    .anySatisfy(e -> {
                        assertThat(e.getInvolvedObject().getName()).isEqualTo("broken");
                        assertThat(e.getReason()).isEqualTo("FailedCreate");
                        assertThat(e.getType()).isEqualTo("Warning");
                    });
        });

        client.apps().replicaSets().withName("broken").edit(rs -> new ReplicaSetBuilder(rs).editSpec().editTemplate()
                .editSpec().editFirstContainer().withImage("busybox").endContainer().endSpec().endTemplate().endSpec()
                .build());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(cluster.activePods("default", "app", "broken")).hasSize(2);
            assertThat(client.apps().replicaSets().withName("broken").get().getStatus().getConditions()).isEmpty();
        });
    }
}
