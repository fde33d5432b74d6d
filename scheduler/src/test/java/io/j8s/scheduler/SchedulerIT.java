package io.j8s.scheduler;

import static io.j8s.scheduler.TestCluster.node;
import static io.j8s.scheduler.TestCluster.pod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.TaintBuilder;
import io.j8s.scheduler.config.SchedulerConfiguration;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SchedulerIT {

    private TestCluster cluster;
    private Scheduler scheduler;

    @BeforeEach
    void start() {
        cluster = new TestCluster();
    }

    @AfterEach
    void stop() {
        if (scheduler != null) {
            scheduler.close();
        }
        cluster.close();
    }

    private void startScheduler(SchedulerConfiguration config) {
        scheduler = new Scheduler(cluster.newClient(), config, Clock.systemUTC(), new Random(42));
        scheduler.start();
    }

    @Test
    void bindsPendingPodsToFittingNodesAndRecordsScheduledEvent() {
        cluster.register(node("small", "1", "1Gi", Map.of()));
        cluster.register(node("big", "8", "16Gi", Map.of()));
        startScheduler(SchedulerConfiguration.defaults());

        cluster.create(pod("web", "2", "1Gi").build());

        await().atMost(Duration.ofSeconds(10)).until(() -> "big".equals(cluster.nodeOf("web")));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(events("web"))
                .anySatisfy(e -> {
                    assertThat(e.getReason()).isEqualTo("Scheduled");
                    assertThat(e.getType()).isEqualTo("Normal");
                    assertThat(e.getMessage()).isEqualTo("Successfully assigned default/web to big");
                }));
    }

    @Test
    void honoursNodeSelectorAndTaints() {
        cluster.register(node("gpu", "4", "8Gi", Map.of("accel", "gpu"),
                new TaintBuilder().withKey("dedicated").withValue("gpu").withEffect("NoSchedule").build()));
        cluster.register(node("plain", "4", "8Gi", Map.of("accel", "none")));
        startScheduler(SchedulerConfiguration.defaults());

        cluster.create(pod("any", "100m", "64Mi").build());
        cluster.create(pod("tolerant", "100m", "64Mi").editSpec().addToNodeSelector("accel", "gpu")
                .addNewToleration().withKey("dedicated").withOperator("Equal").withValue("gpu")
                .withEffect("NoSchedule").endToleration().endSpec().build());

        await().atMost(Duration.ofSeconds(10)).until(() -> cluster.nodeOf("any") != null
                && cluster.nodeOf("tolerant") != null);
        assertThat(cluster.nodeOf("any")).isEqualTo("plain");
        assertThat(cluster.nodeOf("tolerant")).isEqualTo("gpu");
    }

    @Test
    void unschedulablePodGetsConditionAndEventThenIsScheduledWhenAFittingNodeJoins() {
        cluster.register(node("n1", "1", "2Gi", Map.of("zone", "a")));
        cluster.register(node("n2", "4", "8Gi", Map.of(),
                new TaintBuilder().withKey("dedicated").withValue("gpu").withEffect("NoSchedule").build()));
        cluster.register(node("n3", "4", "8Gi", Map.of("zone", "b")));
        cluster.register(node("n4", "4", "8Gi", Map.of("zone", "b")));
        startScheduler(SchedulerConfiguration.defaults());

        cluster.create(pod("big", "2", "1Gi").editSpec().addToNodeSelector("zone", "a").endSpec().build());

        String expected = "0/4 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated taint "
                + "{dedicated: gpu}, 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/4 nodes are "
                + "available: 1 No preemption victims found for incoming pod, 3 Preemption is not helpful for scheduling.";
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            PodCondition c = cluster.get("big").getStatus().getConditions().stream()
                    .filter(x -> "PodScheduled".equals(x.getType())).findFirst().orElse(null);
            assertThat(c).isNotNull();
            assertThat(c.getStatus()).isEqualTo("False");
            assertThat(c.getReason()).isEqualTo("Unschedulable");
            assertThat(c.getMessage()).isEqualTo(expected);
        });
        assertThat(events("big")).anySatisfy(e -> {
            assertThat(e.getType()).isEqualTo("Warning");
            assertThat(e.getReason()).isEqualTo("FailedScheduling");
            assertThat(e.getMessage()).isEqualTo(expected);
        });

        cluster.register(node("n5", "4", "8Gi", Map.of("zone", "a")));

        await().atMost(Duration.ofSeconds(10)).until(() -> "n5".equals(cluster.nodeOf("big")));
    }

    @Test
    void mostAllocatedPacksPodsOntoOneNode() {
        for (int i = 0; i < 3; i++) {
            cluster.register(node("n" + i, "4", "8Gi", Map.of()));
        }
        startScheduler(SchedulerConfiguration.parse("""
                apiVersion: kubescheduler.config.k8s.io/v1
                kind: KubeSchedulerConfiguration
                profiles:
                - schedulerName: default-scheduler
                  pluginConfig:
                  - name: NodeResourcesFit
                    args:
                      scoringStrategy:
                        type: MostAllocated
                        resources:
                        - name: cpu
                          weight: 1
                        - name: memory
                          weight: 1
                  plugins:
                    score:
                      disabled:
                      - name: NodeResourcesBalancedAllocation
                """));
        cluster.create(pod("p0", "1", "1Gi").build());
        await().atMost(Duration.ofSeconds(10)).until(() -> cluster.nodeOf("p0") != null);
        String first = cluster.nodeOf("p0");
        for (int i = 1; i < 4; i++) {
            cluster.create(pod("p" + i, "500m", "512Mi").build());
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> List.of("p1", "p2", "p3").stream()
                .allMatch(p -> cluster.nodeOf(p) != null));
        assertThat(List.of("p1", "p2", "p3")).allSatisfy(p -> assertThat(cluster.nodeOf(p)).isEqualTo(first));
    }

    @Test
    void requiredAntiAffinitySpreadsReplicasAcrossNodes() {
        for (int i = 0; i < 3; i++) {
            cluster.register(node("n" + i, "4", "8Gi", Map.of("kubernetes.io/hostname", "n" + i)));
        }
        startScheduler(SchedulerConfiguration.defaults());
        for (int i = 0; i < 4; i++) {
            cluster.create(pod("r" + i, "100m", "64Mi").editMetadata().addToLabels("app", "db").endMetadata()
                    .editSpec().withNewAffinity().withNewPodAntiAffinity()
                    .addNewRequiredDuringSchedulingIgnoredDuringExecution()
                    .withNewLabelSelector().addToMatchLabels("app", "db").endLabelSelector()
                    .withTopologyKey("kubernetes.io/hostname").endRequiredDuringSchedulingIgnoredDuringExecution()
                    .endPodAntiAffinity().endAffinity().endSpec().build());
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> List.of("r0", "r1", "r2").stream()
                .filter(p -> cluster.nodeOf(p) != null).count() + (cluster.nodeOf("r3") != null ? 1 : 0) == 3);
        List<String> placed = List.of("r0", "r1", "r2", "r3").stream().map(cluster::nodeOf)
                .filter(n -> n != null).toList();
        assertThat(placed).doesNotHaveDuplicates().hasSize(3);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(events("r0", "r1", "r2", "r3"))
                .anySatisfy(e -> assertThat(e.getMessage()).contains(
                        "3 node(s) didn't match pod anti-affinity rules")));
    }

    @Test
    void topologySpreadKeepsZonesBalanced() {
        cluster.register(node("a1", "8", "16Gi", Map.of("zone", "a")));
        cluster.register(node("a2", "8", "16Gi", Map.of("zone", "a")));
        cluster.register(node("b1", "8", "16Gi", Map.of("zone", "b")));
        startScheduler(SchedulerConfiguration.defaults());
        for (int i = 0; i < 6; i++) {
            cluster.create(pod("s" + i, "100m", "64Mi").editMetadata().addToLabels("app", "web").endMetadata()
                    .editSpec().addNewTopologySpreadConstraint().withMaxSkew(1).withTopologyKey("zone")
                    .withWhenUnsatisfiable("DoNotSchedule").withNewLabelSelector().addToMatchLabels("app", "web")
                    .endLabelSelector().endTopologySpreadConstraint().endSpec().build());
            int n = i;
            await().atMost(Duration.ofSeconds(10)).until(() -> cluster.nodeOf("s" + n) != null);
        }
        long inB = List.of("s0", "s1", "s2", "s3", "s4", "s5").stream().filter(p -> "b1".equals(cluster.nodeOf(p)))
                .count();
        assertThat(inB).isEqualTo(3);
    }

    @Test
    void podsChooseAProfileBySchedulerNameAndOthersAreLeftAlone() {
        cluster.register(node("n1", "4", "8Gi", Map.of()));
        startScheduler(SchedulerConfiguration.parse("""
                apiVersion: kubescheduler.config.k8s.io/v1
                kind: KubeSchedulerConfiguration
                profiles:
                - schedulerName: default-scheduler
                - schedulerName: batch-scheduler
                  plugins:
                    score:
                      disabled:
                      - name: '*'
                """));
        cluster.create(pod("batch", "100m", "64Mi").editSpec().withSchedulerName("batch-scheduler").endSpec().build());
        cluster.create(pod("foreign", "100m", "64Mi").editSpec().withSchedulerName("someone-else").endSpec().build());

        await().atMost(Duration.ofSeconds(10)).until(() -> "n1".equals(cluster.nodeOf("batch")));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> cluster.nodeOf("foreign") == null);
        assertThat(cluster.get("foreign").getStatus().getConditions()).isEmpty();
    }

    @Test
    void podWaitingForAMissingClaimIsScheduledOnceTheClaimIsBound() {
        cluster.register(node("n1", "4", "8Gi", Map.of()));
        startScheduler(SchedulerConfiguration.defaults());
        cluster.create(pod("db", "100m", "64Mi").editSpec().addNewVolume().withName("data")
                .withNewPersistentVolumeClaim().withClaimName("data").endPersistentVolumeClaim().endVolume()
                .endSpec().build());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(events("db")).anySatisfy(e ->
                assertThat(e.getMessage()).isEqualTo("0/1 nodes are available: persistentvolumeclaim \"data\" "
                        + "not found. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.")));

        cluster.client.persistentVolumeClaims().inNamespace("default").resource(
                new io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder().withNewMetadata().withName("data")
                        .endMetadata().withNewSpec().withAccessModes("ReadWriteOnce").withVolumeName("pv-data")
                        .withNewResources().addToRequests("storage", new io.fabric8.kubernetes.api.model.Quantity("1Gi"))
                        .endResources().endSpec().build()).create();

        await().atMost(Duration.ofSeconds(15)).until(() -> "n1".equals(cluster.nodeOf("db")));
    }

    @Test
    void gatedPodWaitsUntilItsSchedulingGatesAreRemoved() {
        cluster.register(node("n1", "4", "8Gi", Map.of()));
        startScheduler(SchedulerConfiguration.defaults());
        cluster.create(pod("gated", "100m", "64Mi").editSpec().addNewSchedulingGate().withName("example.com/quota")
                .endSchedulingGate().endSpec().build());
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> cluster.nodeOf("gated") == null);
        assertThat(events("gated")).isEmpty();

        cluster.client.pods().inNamespace("default").withName("gated")
                .edit(p -> new io.fabric8.kubernetes.api.model.PodBuilder(p).editSpec().withSchedulingGates()
                        .endSpec().build());

        await().atMost(Duration.ofSeconds(10)).until(() -> "n1".equals(cluster.nodeOf("gated")));
    }

    private List<Event> events(String... pods) {
        List<String> names = List.of(pods);
        return cluster.client.v1().events().inNamespace("default").list().getItems().stream()
                .filter(e -> names.contains(e.getInvolvedObject().getName())).toList();
    }
}
