package io.j8s.controllers.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.j8s.controllers.base.TestCluster;
import io.j8s.controllers.replicaset.PodReadiness;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DeploymentControllerIT {

    static TestCluster cluster;
    static KubernetesClient client;

    @BeforeAll
    static void start() {
        cluster = new TestCluster();
        client = cluster.client();
        cluster.startControllerManager(Set.of("replicaset", "deployment"));
    }

    @AfterAll
    static void stop() throws Exception {
        cluster.close();
    }

    static Deployment deployment(String name, int replicas, String image) {
        return new DeploymentBuilder()
                .withNewMetadata().withName(name).withNamespace("default").endMetadata()
                .withNewSpec().withReplicas(replicas)
                .withNewSelector().withMatchLabels(Map.of("app", name)).endSelector()
                .withNewStrategy().withType("RollingUpdate").withNewRollingUpdate()
                .withMaxSurge(new IntOrString(1)).withMaxUnavailable(new IntOrString(0)).endRollingUpdate()
                .endStrategy()
                .withNewTemplate().withNewMetadata().withLabels(Map.of("app", name)).endMetadata()
                .withNewSpec().addNewContainer().withName("c").withImage(image).endContainer().endSpec()
                .endTemplate().endSpec().build();
    }

    /** Plays the kubelet once: every active pod of the app that is not ready becomes ready. */
    static List<Pod> readyAll(String app) {
        List<Pod> pods = cluster.activePods("default", "app", app);
        for (Pod p : pods) {
            if (!PodReadiness.isReady(p)) {
                cluster.setReady(p, true);
            }
        }
        return pods;
    }

    static Deployment get(String name) {
        return client.apps().deployments().withName(name).get();
    }

    static DeploymentCondition condition(Deployment d, String type) {
        return d.getStatus().getConditions().stream().filter(c -> type.equals(c.getType())).findFirst().orElse(null);
    }

    static boolean rolledOut(String name, int replicas) {
        Deployment d = get(name);
        var s = d.getStatus();
        DeploymentCondition progressing = s == null || s.getConditions() == null ? null : condition(d, "Progressing");
        return s != null && d.getMetadata().getGeneration().equals(s.getObservedGeneration())
                && Integer.valueOf(replicas).equals(s.getUpdatedReplicas())
                && Integer.valueOf(replicas).equals(s.getReplicas())
                && Integer.valueOf(replicas).equals(s.getAvailableReplicas())
                && progressing != null && "NewReplicaSetAvailable".equals(progressing.getReason());
    }

    static List<ReplicaSet> replicaSets(String app) {
        return client.apps().replicaSets().withLabel("app", app).list().getItems();
    }

    static void rollOutReadyingPods(String name, int replicas) {
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(100)).until(() -> {
            readyAll(name);
            return rolledOut(name, replicas);
        });
    }

    @Test
    void rollsFromImageAToImageBWithinMaxSurgeAndMaxUnavailable() {
        client.apps().deployments().resource(deployment("roll", 4, "app:a")).create();
        rollOutReadyingPods("roll", 4);
        Deployment d = get("roll");
        assertThat(condition(d, "Available").getStatus()).isEqualTo("True");
        assertThat(condition(d, "Available").getReason()).isEqualTo("MinimumReplicasAvailable");
        assertThat(d.getMetadata().getAnnotations()).containsEntry("deployment.kubernetes.io/revision", "1");

        client.apps().deployments().withName("roll").edit(x -> new DeploymentBuilder(x).editSpec().editTemplate()
                .editSpec().editFirstContainer().withImage("app:b").endContainer().endSpec().endTemplate().endSpec()
                .build());
        AtomicInteger maxActive = new AtomicInteger();
        AtomicInteger minReady = new AtomicInteger(Integer.MAX_VALUE);
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(50)).until(() -> {
            List<Pod> pods = cluster.activePods("default", "app", "roll");
            maxActive.accumulateAndGet(pods.size(), Math::max);
            minReady.accumulateAndGet((int) pods.stream().filter(PodReadiness::isReady).count(), Math::min);
            readyAll("roll");
            return rolledOut("roll", 4);
        });
        assertThat(maxActive.get()).as("maxSurge 1 over 4 replicas").isLessThanOrEqualTo(5);
        assertThat(minReady.get()).as("maxUnavailable 0").isGreaterThanOrEqualTo(4);
        assertThat(cluster.activePods("default", "app", "roll"))
                .allSatisfy(p -> assertThat(p.getSpec().getContainers().get(0).getImage()).isEqualTo("app:b"));
        List<ReplicaSet> rss = replicaSets("roll");
        assertThat(rss).hasSize(2);
        ReplicaSet newRs = rss.stream().filter(rs -> rs.getSpec().getReplicas() == 4).findFirst().orElseThrow();
        assertThat(newRs.getMetadata().getAnnotations()).containsEntry("deployment.kubernetes.io/revision", "2")
                .containsEntry("deployment.kubernetes.io/desired-replicas", "4")
                .containsEntry("deployment.kubernetes.io/max-replicas", "5");
        assertThat(newRs.getMetadata().getName()).isEqualTo("roll-" + newRs.getMetadata().getLabels().get("pod-template-hash"));
        assertThat(get("roll").getMetadata().getAnnotations()).containsEntry("deployment.kubernetes.io/revision", "2");
    }

    @Test
    void rollbackReusesTheOldReplicaSetWithTheNextRevision() {
        client.apps().deployments().resource(deployment("undo", 2, "app:a")).create();
        rollOutReadingAndUpdate("undo", "app:b");
        ReplicaSet first = replicaSets("undo").stream()
                .filter(rs -> "1".equals(rs.getMetadata().getAnnotations().get("deployment.kubernetes.io/revision")))
                .findFirst().orElseThrow();
        // What `kubectl rollout undo` does: put the old ReplicaSet's template (minus its hash label) back.
        PodTemplateSpec old = new PodTemplateSpecBuilder(first.getSpec().getTemplate()).editMetadata()
                .removeFromLabels("pod-template-hash").endMetadata().build();
        client.apps().deployments().withName("undo").edit(x -> new DeploymentBuilder(x).editSpec().withTemplate(old)
                .endSpec().build());
        rollOutReadyingPods("undo", 2);
        List<ReplicaSet> rss = replicaSets("undo");
        assertThat(rss).hasSize(2);
        ReplicaSet reused = client.apps().replicaSets().withName(first.getMetadata().getName()).get();
        assertThat(reused.getSpec().getReplicas()).isEqualTo(2);
        assertThat(reused.getMetadata().getAnnotations()).containsEntry("deployment.kubernetes.io/revision", "3")
                .containsEntry("deployment.kubernetes.io/revision-history", "1");
        assertThat(get("undo").getMetadata().getAnnotations()).containsEntry("deployment.kubernetes.io/revision", "3");
    }

    private static void rollOutReadingAndUpdate(String name, String image) {
        rollOutReadyingPods(name, Fenceposts.replicas(get(name)));
        client.apps().deployments().withName(name).edit(x -> new DeploymentBuilder(x).editSpec().editTemplate()
                .editSpec().editFirstContainer().withImage(image).endContainer().endSpec().endTemplate().endSpec()
                .build());
        rollOutReadyingPods(name, Fenceposts.replicas(get(name)));
    }

    @Test
    void pausedDeploymentScalesButDoesNotRollOutUntilResumed() {
        client.apps().deployments().resource(deployment("pause", 2, "app:a")).create();
        rollOutReadyingPods("pause", 2);
        client.apps().deployments().withName("pause").edit(x -> new DeploymentBuilder(x).editSpec().withPaused(true)
                .editTemplate().editSpec().editFirstContainer().withImage("app:b").endContainer().endSpec()
                .endTemplate().withReplicas(3).endSpec().build());
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            readyAll("pause");
            Deployment d = get("pause");
            assertThat(d.getStatus().getObservedGeneration()).isEqualTo(d.getMetadata().getGeneration());
            assertThat(condition(d, "Progressing").getReason()).isEqualTo("DeploymentPaused");
            assertThat(d.getStatus().getAvailableReplicas()).isEqualTo(3);
        });
        assertThat(replicaSets("pause")).hasSize(1);
        assertThat(cluster.activePods("default", "app", "pause"))
                .allSatisfy(p -> assertThat(p.getSpec().getContainers().get(0).getImage()).isEqualTo("app:a"));

        client.apps().deployments().withName("pause").edit(x -> new DeploymentBuilder(x).editSpec().withPaused(false)
                .endSpec().build());
        rollOutReadyingPods("pause", 3);
        assertThat(replicaSets("pause")).hasSize(2);
        assertThat(cluster.activePods("default", "app", "pause"))
                .allSatisfy(p -> assertThat(p.getSpec().getContainers().get(0).getImage()).isEqualTo("app:b"));
    }

    @Test
    void recreateScalesOldPodsAwayBeforeStartingNewOnes() {
        Deployment d = new DeploymentBuilder(deployment("recreate", 2, "app:a")).editSpec().withNewStrategy()
                .withType("Recreate").endStrategy().endSpec().build();
        client.apps().deployments().resource(d).create();
        rollOutReadyingPods("recreate", 2);
        client.apps().deployments().withName("recreate").edit(x -> new DeploymentBuilder(x).editSpec().editTemplate()
                .editSpec().editFirstContainer().withImage("app:b").endContainer().endSpec().endTemplate().endSpec()
                .build());
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(50)).until(() -> {
            List<Pod> pods = cluster.activePods("default", "app", "recreate");
            long images = pods.stream().map(p -> p.getSpec().getContainers().get(0).getImage()).distinct().count();
            assertThat(images).as("never old and new pods together").isLessThanOrEqualTo(1);
            readyAll("recreate");
            return rolledOut("recreate", 2);
        });
    }

    @Test
    void aRolloutWithoutReadyPodsExceedsItsProgressDeadline() {
        Deployment d = new DeploymentBuilder(deployment("stuck", 1, "app:a")).editSpec()
                .withProgressDeadlineSeconds(2).endSpec().build();
        client.apps().deployments().resource(d).create();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Deployment cur = get("stuck");
            assertThat(condition(cur, "Progressing").getStatus()).isEqualTo("False");
            assertThat(condition(cur, "Progressing").getReason()).isEqualTo("ProgressDeadlineExceeded");
            assertThat(condition(cur, "Available").getReason()).isEqualTo("MinimumReplicasUnavailable");
        });
    }

    @Test
    void oldReplicaSetsBeyondRevisionHistoryLimitAreDeleted() {
        Deployment d = new DeploymentBuilder(deployment("history", 1, "app:a")).editSpec()
                .withRevisionHistoryLimit(1).endSpec().build();
        client.apps().deployments().resource(d).create();
        rollOutReadingAndUpdate("history", "app:b");
        rollOutReadingAndUpdate("history", "app:c");
        await().atMost(Duration.ofSeconds(20)).until(() -> replicaSets("history").size() == 2);
    }

    @Test
    void resizingMidRolloutScalesBothReplicaSetsInProportion() {
        Deployment d = new DeploymentBuilder(deployment("prop", 10, "app:a")).editSpec().editStrategy()
                .editRollingUpdate().withMaxSurge(new IntOrString(3)).withMaxUnavailable(new IntOrString(2))
                .endRollingUpdate().endStrategy().endSpec().build();
        client.apps().deployments().resource(d).create();
        rollOutReadyingPods("prop", 10);
        // Roll to app:b but never let a new pod become ready: new grows to 3 (surge), old drops to 8 (maxUnavailable),
        // new grows to 5; then 13 = 10 + surge and no old pod may go: the rollout waits there.
        client.apps().deployments().withName("prop").edit(x -> new DeploymentBuilder(x).editSpec().editTemplate()
                .editSpec().editFirstContainer().withImage("app:b").endContainer().endSpec().endTemplate().endSpec()
                .build());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(replicaSets("prop"))
                .extracting(rs -> rs.getSpec().getReplicas()).containsExactlyInAnyOrder(8, 5));

        client.apps().deployments().withName("prop").scale(20);
        // 23 allowed (20 + surge 3) where 13 were: old 8 -> round(8*23/13) = 14, new 5 -> round(5*23/13) = 9.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(replicaSets("prop")).extracting(rs -> rs.getSpec().getReplicas())
                    .containsExactlyInAnyOrder(14, 9);
            assertThat(replicaSets("prop")).allSatisfy(rs -> assertThat(rs.getMetadata().getAnnotations())
                    .containsEntry("deployment.kubernetes.io/desired-replicas", "20")
                    .containsEntry("deployment.kubernetes.io/max-replicas", "23"));
        });
    }
}
