package io.j8s.controllers.statefulset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.j8s.controllers.base.TestCluster;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StatefulSetControllerIT {

    static TestCluster cluster;
    static KubernetesClient client;

    @BeforeAll
    static void start() {
        cluster = new TestCluster();
        client = cluster.client();
        cluster.startControllerManager(Set.of("statefulset"));
    }

    @AfterAll
    static void stop() throws Exception {
        cluster.close();
    }

    static StatefulSet statefulSet(String name, int replicas, String image) {
        return new StatefulSetBuilder()
                .withNewMetadata().withName(name).withNamespace("default").endMetadata()
                .withNewSpec().withReplicas(replicas).withServiceName(name)
                .withNewSelector().withMatchLabels(Map.of("app", name)).endSelector()
                .withNewTemplate().withNewMetadata().withLabels(Map.of("app", name)).endMetadata()
                .withNewSpec().addNewContainer().withName("c").withImage(image).endContainer().endSpec()
                .endTemplate()
                .addToVolumeClaimTemplates(new PersistentVolumeClaimBuilder().withNewMetadata().withName("data")
                        .endMetadata().withNewSpec().withAccessModes("ReadWriteOnce").withNewResources()
                        .addToRequests("storage", new Quantity("1Gi")).endResources().endSpec().build())
                .endSpec().build();
    }

    static Pod pod(String name) {
        return client.pods().inNamespace("default").withName(name).get();
    }

    static void edit(String name, UnaryOperator<StatefulSet> change) {
        // the controller writes status concurrently: retry on conflict
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                .until(() -> client.apps().statefulSets().withName(name).edit(change) != null);
    }

    /** Plays the kubelet: marks every pod of the set that is not yet ready Running and Ready. */
    static void readyAll(String app) {
        cluster.activePods("default", "app", app).stream().filter(p -> !StatefulPlan.isHealthy(p))
                .forEach(p -> cluster.setReady(p, true));
    }

    @Test
    void orderedReadyCreatesPodsOneByOneWithTheirClaimsAndScalesDownFromTheTop() {
        client.apps().statefulSets().resource(statefulSet("web", 3, "busybox:1")).create();
        await().atMost(Duration.ofSeconds(20)).until(() -> pod("web-0") != null);
        assertThat(client.persistentVolumeClaims().withName("data-web-0").get()).isNotNull();
        Pod first = pod("web-0");
        assertThat(first.getSpec().getHostname()).isEqualTo("web-0");
        assertThat(first.getSpec().getSubdomain()).isEqualTo("web");
        assertThat(first.getMetadata().getLabels()).containsEntry("apps.kubernetes.io/pod-index", "0")
                .containsEntry("statefulset.kubernetes.io/pod-name", "web-0");
        // web-1 waits for web-0 to be Running and Ready
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> pod("web-1") == null);
        cluster.setReady(first, true);
        await().atMost(Duration.ofSeconds(20)).until(() -> pod("web-1") != null);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            readyAll("web");
            assertThat(pod("web-2")).isNotNull();
        });
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            readyAll("web");
            StatefulSet cur = client.apps().statefulSets().withName("web").get();
            assertThat(cur.getStatus().getReplicas()).isEqualTo(3);
            assertThat(cur.getStatus().getReadyReplicas()).isEqualTo(3);
            assertThat(cur.getStatus().getAvailableReplicas()).isEqualTo(3);
            assertThat(cur.getStatus().getCurrentRevision()).isEqualTo(cur.getStatus().getUpdateRevision());
            assertThat(cur.getStatus().getObservedGeneration()).isEqualTo(cur.getMetadata().getGeneration());
        });
        assertThat(client.persistentVolumeClaims().withName("data-web-2").get()).isNotNull();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(client.v1().events()
                .inNamespace("default").list().getItems())
                .filteredOn(e -> "web".equals(e.getInvolvedObject().getName())
                        && "SuccessfulCreate".equals(e.getReason()))
                .extracting(e -> e.getMessage())
                .contains("create Pod web-0 in StatefulSet web successful"));

        edit("web", s -> new StatefulSetBuilder(s).editSpec().withReplicas(1).endSpec().build());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(cluster.activePods("default", "app", "web"))
                .extracting(p -> p.getMetadata().getName()).containsExactly("web-0"));
    }

    @Test
    void rollingUpdateWithAPartitionUpdatesOnlyTheOrdinalsAboveIt() {
        StatefulSet set = new StatefulSetBuilder(statefulSet("part", 3, "busybox:1")).editSpec()
                .withPodManagementPolicy("Parallel").withNewUpdateStrategy().withType("RollingUpdate")
                .withNewRollingUpdate().withPartition(1).endRollingUpdate().endUpdateStrategy().endSpec().build();
        client.apps().statefulSets().resource(set).create();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            readyAll("part");
            assertThat(cluster.activePods("default", "app", "part")).hasSize(3).allSatisfy(p -> assertThat(
                    StatefulPlan.isHealthy(p)).isTrue());
        });
        edit("part", s -> new StatefulSetBuilder(s).editSpec().editTemplate().editSpec().editFirstContainer()
                .withImage("busybox:2").endContainer().endSpec().endTemplate().endSpec().build());
        // pods are briefly absent while being replaced
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            readyAll("part");
            List<Pod> pods = cluster.activePods("default", "app", "part");
            assertThat(pods).hasSize(3);
            assertThat(pod("part-1").getSpec().getContainers().get(0).getImage()).isEqualTo("busybox:2");
            assertThat(pod("part-2").getSpec().getContainers().get(0).getImage()).isEqualTo("busybox:2");
            StatefulSet cur = client.apps().statefulSets().withName("part").get();
            assertThat(cur.getStatus().getUpdatedReplicas()).isEqualTo(2);
            assertThat(cur.getStatus().getCurrentReplicas()).isEqualTo(1);
            assertThat(cur.getStatus().getCurrentRevision()).isNotEqualTo(cur.getStatus().getUpdateRevision());
        });
        assertThat(pod("part-0").getSpec().getContainers().get(0).getImage()).isEqualTo("busybox:1");
        assertThat(client.apps().controllerRevisions().inNamespace("default").list().getItems())
                .filteredOn(r -> r.getMetadata().getName().startsWith("part-")).hasSize(2);

        // a pod below the partition comes back at the current revision
        String uid = pod("part-0").getMetadata().getUid();
        client.pods().inNamespace("default").withName("part-0").withGracePeriod(0).delete();
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> {
            Pod again = pod("part-0");
            assertThat(again.getMetadata().getUid()).isNotEqualTo(uid);
            assertThat(again.getSpec().getContainers().get(0).getImage()).isEqualTo("busybox:1");
        });
    }
}
