package io.j8s.controllers.daemonset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.j8s.controllers.base.TestCluster;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DaemonSetControllerIT {

    static TestCluster cluster;
    static KubernetesClient client;

    @BeforeAll
    static void start() {
        cluster = new TestCluster();
        client = cluster.client();
        for (String n : List.of("n1", "n2")) {
            client.nodes().resource(new NodeBuilder().withNewMetadata().withName(n)
                    .withLabels(Map.of("role", "worker")).endMetadata().build()).create();
        }
        cluster.startControllerManager(Set.of("daemonset"));
    }

    @AfterAll
    static void stop() throws Exception {
        cluster.close();
    }

    static DaemonSet daemonSet(String name, String image) {
        return new DaemonSetBuilder()
                .withNewMetadata().withName(name).withNamespace("default").endMetadata()
                .withNewSpec().withNewSelector().withMatchLabels(Map.of("app", name)).endSelector()
                .withNewTemplate().withNewMetadata().withLabels(Map.of("app", name)).endMetadata()
                .withNewSpec().withNodeSelector(Map.of("role", "worker"))
                .addNewContainer().withName("c").withImage(image).endContainer().endSpec()
                .endTemplate().endSpec().build();
    }

    @Test
    void runsOnePodPerEligibleNodeAndFollowsNodeChanges() {
        client.apps().daemonSets().resource(daemonSet("agent", "busybox:1")).create();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(cluster.activePods("default", "app", "agent"))
                .extracting(DaemonPods::nodeOf).containsExactlyInAnyOrder("n1", "n2"));
        cluster.activePods("default", "app", "agent").forEach(p -> cluster.setReady(p, true));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            DaemonSet cur = client.apps().daemonSets().withName("agent").get();
            assertThat(cur.getStatus().getDesiredNumberScheduled()).isEqualTo(2);
            assertThat(cur.getStatus().getCurrentNumberScheduled()).isEqualTo(2);
            assertThat(cur.getStatus().getNumberReady()).isEqualTo(2);
            assertThat(cur.getStatus().getNumberAvailable()).isEqualTo(2);
            assertThat(cur.getStatus().getUpdatedNumberScheduled()).isEqualTo(2);
            assertThat(cur.getStatus().getObservedGeneration()).isEqualTo(cur.getMetadata().getGeneration());
        });

        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> client.nodes().withName("n2")
                .edit(n -> new NodeBuilder(n).editMetadata().withLabels(Map.of()).endMetadata().build()) != null);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(cluster.activePods("default", "app", "agent"))
                .extracting(DaemonPods::nodeOf).containsExactly("n1"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(client.apps().daemonSets()
                .withName("agent").get().getStatus().getDesiredNumberScheduled()).isEqualTo(1));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(client.v1().events()
                .inNamespace("default").list().getItems())
                .filteredOn(e -> "agent".equals(e.getInvolvedObject().getName()))
                .extracting(e -> e.getReason())
                .contains("SuccessfulCreate", "SuccessfulDelete"));
    }

    @Test
    void rollingUpdateReplacesEveryPodWithTheNewTemplate() {
        client.apps().daemonSets().resource(daemonSet("roll", "busybox:1")).create();
        await().atMost(Duration.ofSeconds(20)).until(() -> cluster.activePods("default", "app", "roll").size()
                == client.nodes().withLabel("role", "worker").list().getItems().size());
        cluster.activePods("default", "app", "roll").forEach(p -> cluster.setReady(p, true));
        // the controller writes status concurrently: retry the edit on conflict, as kubectl would be told to
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> client.apps().daemonSets()
                .withName("roll").edit(d -> new DaemonSetBuilder(d).editSpec().editTemplate().editSpec()
                        .editFirstContainer().withImage("busybox:2").endContainer().endSpec().endTemplate().endSpec()
                        .build()) != null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<Pod> pods = cluster.activePods("default", "app", "roll");
            pods.stream().filter(p -> p.getStatus() == null || p.getStatus().getConditions() == null
                    || p.getStatus().getConditions().isEmpty()).forEach(p -> cluster.setReady(p, true));
            assertThat(pods).isNotEmpty().allSatisfy(p -> assertThat(p.getSpec().getContainers().get(0).getImage())
                    .isEqualTo("busybox:2"));
            assertThat(client.apps().daemonSets().withName("roll").get().getStatus().getUpdatedNumberScheduled())
                    .isEqualTo(pods.size());
        });
        assertThat(client.apps().controllerRevisions().inNamespace("default").list().getItems())
                .filteredOn(r -> r.getMetadata().getName().startsWith("roll-"))
                .extracting(r -> r.getRevision()).containsExactlyInAnyOrder(1L, 2L);
    }
}
