package io.j8s.controllers.replicaset;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivePodsTest {

    static PodBuilder pod(String name) {
        return new PodBuilder().withNewMetadata().withName(name).withNamespace("ns")
                .withCreationTimestamp("2026-01-01T00:00:00Z").endMetadata()
                .withNewSpec().withNodeName("node-1").endSpec()
                .withNewStatus().withPhase("Running").endStatus();
    }

    static Pod ready(String name, String since) {
        return pod(name).editStatus().addNewCondition().withType("Ready").withStatus("True")
                .withLastTransitionTime(since).endCondition().endStatus().build();
    }

    static List<String> deletionOrder(Pod... pods) {
        return ActivePods.toDelete(List.of(pods), List.of(), pods.length - 1).stream()
                .map(p -> p.getMetadata().getName()).toList();
    }

    @Test
    void unassignedPodsGoBeforeAssignedOnes() {
        Pod assigned = pod("assigned").build();
        Pod unassigned = pod("unassigned").editSpec().withNodeName(null).endSpec().build();
        assertThat(deletionOrder(assigned, unassigned)).containsExactly("unassigned");
    }

    @Test
    void pendingGoesBeforeUnknownWhichGoesBeforeRunning() {
        Pod running = pod("running").build();
        Pod unknown = pod("unknown").editStatus().withPhase("Unknown").endStatus().build();
        Pod pending = pod("pending").editStatus().withPhase("Pending").endStatus().build();
        assertThat(ActivePods.toDelete(List.of(running, unknown, pending), List.of(), 2))
                .extracting(p -> p.getMetadata().getName()).containsExactly("pending", "unknown");
    }

    @Test
    void notReadyGoesBeforeReady() {
        assertThat(deletionOrder(ready("ready", "2026-01-01T00:00:00Z"), pod("notready").build()))
                .containsExactly("notready");
    }

    @Test
    void podsDoubledUpOnANodeGoFirst() {
        Pod alone = pod("alone").editSpec().withNodeName("node-2").endSpec().build();
        Pod crowded = pod("crowded").build();
        Pod neighbour = pod("neighbour").build();
        assertThat(ActivePods.toDelete(List.of(alone, crowded), List.of(alone, crowded, neighbour), 1))
                .extracting(p -> p.getMetadata().getName()).containsExactly("crowded");
    }

    @Test
    void podsReadyForLessTimeGoFirst() {
        assertThat(deletionOrder(ready("old", "2026-01-01T00:00:00Z"), ready("recent", "2026-01-01T01:00:00Z")))
                .containsExactly("recent");
    }

    @Test
    void morerestartsGoFirstThenNewerPods() {
        Pod restarted = pod("restarted").editStatus().addNewContainerStatus().withName("c").withRestartCount(3)
                .endContainerStatus().endStatus().build();
        Pod calm = pod("calm").build();
        assertThat(deletionOrder(calm, restarted)).containsExactly("restarted");
        Pod newer = pod("newer").editMetadata().withCreationTimestamp("2026-01-02T00:00:00Z").endMetadata().build();
        assertThat(deletionOrder(calm, newer)).containsExactly("newer");
    }
}
