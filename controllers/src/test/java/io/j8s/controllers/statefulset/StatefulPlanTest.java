package io.j8s.controllers.statefulset;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatefulPlanTest {

    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    static StatefulSet set(int replicas, String policy) {
        return new StatefulSetBuilder()
                .withNewMetadata().withName("db").withNamespace("default").withUid("uid").endMetadata()
                .withNewSpec().withReplicas(replicas).withServiceName("db").withPodManagementPolicy(policy)
                .withNewSelector().withMatchLabels(Map.of("app", "db")).endSelector()
                .withNewTemplate().withNewMetadata().withLabels(Map.of("app", "db")).endMetadata()
                .withNewSpec().addNewContainer().withName("c").withImage("busybox").endContainer().endSpec()
                .endTemplate()
                .addToVolumeClaimTemplates(new PersistentVolumeClaimBuilder().withNewMetadata().withName("data")
                        .endMetadata().withNewSpec().withAccessModes("ReadWriteOnce").endSpec().build())
                .endSpec().build();
    }

    static Pod pod(StatefulSet set, int ordinal, String revision, boolean ready) {
        Pod p = StatefulPods.newPod(set, ordinal, revision);
        if (ready) {
            p = new PodBuilder(p).withNewStatus().withPhase("Running").addNewCondition().withType("Ready")
                    .withStatus("True").withLastTransitionTime("2025-12-31T00:00:00Z").endCondition().endStatus()
                    .build();
        }
        return p;
    }

    @Test
    void orderedReadyCreatesTheNextOrdinalOnlyOnceTheLowerOnesAreReady() {
        StatefulSet s = set(3, "OrderedReady");
        assertThat(StatefulPlan.of(s, List.of(pod(s, 0, "r", false)), "r", "r", NOW).create()).isEmpty();
        assertThat(StatefulPlan.of(s, List.of(pod(s, 0, "r", true)), "r", "r", NOW).create()).containsExactly(1);
    }

    @Test
    void parallelCreatesEveryMissingOrdinalAtOnce() {
        StatefulSet s = set(3, "Parallel");
        assertThat(StatefulPlan.of(s, List.of(), "r", "r", NOW).create()).containsExactly(0, 1, 2);
    }

    @Test
    void orderedReadyScalesDownFromTheHighestOrdinalOneAtATime() {
        StatefulSet s = set(1, "OrderedReady");
        StatefulPlan plan = StatefulPlan.of(s, List.of(pod(s, 0, "r", true), pod(s, 1, "r", true),
                pod(s, 2, "r", true)), "r", "r", NOW);
        assertThat(plan.delete()).extracting(p -> p.getMetadata().getName()).containsExactly("db-2");
    }

    @Test
    void rollingUpdateDeletesTheHighestOutdatedOrdinalAtOrAboveThePartition() {
        StatefulSet s = new StatefulSetBuilder(set(3, "OrderedReady")).editSpec().withNewUpdateStrategy()
                .withType("RollingUpdate").withNewRollingUpdate().withPartition(1).endRollingUpdate()
                .endUpdateStrategy().endSpec().build();
        List<Pod> old = List.of(pod(s, 0, "old", true), pod(s, 1, "old", true), pod(s, 2, "new", true));
        StatefulPlan plan = StatefulPlan.of(s, old, "old", "new", NOW);
        assertThat(plan.delete()).extracting(p -> p.getMetadata().getName()).containsExactly("db-1");
        List<Pod> done = List.of(pod(s, 0, "old", true), pod(s, 1, "new", true), pod(s, 2, "new", true));
        assertThat(StatefulPlan.of(s, done, "old", "new", NOW).delete()).isEmpty();
        assertThat(StatefulPlan.of(s, done, "old", "new", NOW).counts())
                .isEqualTo(new StatefulPlan.Counts(3, 3, 3, 1, 2));
    }

    @Test
    void aControllerRevisionGivesBackTheTemplateItWasMadeFrom() {
        StatefulSet s = set(1, "OrderedReady");
        var revision = StatefulRevisions.of(s, "db-1", 1);
        StatefulSet changed = new StatefulSetBuilder(s).editSpec().editTemplate().editSpec().editFirstContainer()
                .withImage("other").endContainer().endSpec().endTemplate().endSpec().build();
        assertThat(StatefulRevisions.apply(changed, revision)).get()
                .satisfies(back -> assertThat(back.getSpec().getTemplate()).isEqualTo(s.getSpec().getTemplate()));
    }

    @Test
    void podsHaveAStableIdentityAndMountTheirOwnClaims() {
        StatefulSet s = set(1, "OrderedReady");
        Pod p = StatefulPods.newPod(s, 4, "db-abc");
        assertThat(p.getMetadata().getName()).isEqualTo("db-4");
        assertThat(p.getSpec().getHostname()).isEqualTo("db-4");
        assertThat(p.getSpec().getSubdomain()).isEqualTo("db");
        assertThat(p.getMetadata().getLabels()).containsEntry(StatefulPods.POD_NAME_LABEL, "db-4")
                .containsEntry(StatefulPods.POD_INDEX_LABEL, "4").containsEntry(StatefulPods.REVISION_LABEL, "db-abc");
        assertThat(p.getSpec().getVolumes()).singleElement()
                .satisfies(v -> assertThat(v.getPersistentVolumeClaim().getClaimName()).isEqualTo("data-db-4"));
        assertThat(StatefulPods.claims(s, 4)).singleElement()
                .satisfies(c -> assertThat(c.getMetadata().getName()).isEqualTo("data-db-4"));
        assertThat(StatefulPods.ordinalOf(s, p)).isEqualTo(4);
    }
}
