package io.j8s.controllers.podgc;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PodGcPlanTest {

    private static Pod pod(String name, String node, String phase, String created) {
        return new PodBuilder().withNewMetadata().withName(name).withNamespace("ns").withCreationTimestamp(created)
                .endMetadata().withNewSpec().withNodeName(node).endSpec().withNewStatus().withPhase(phase).endStatus()
                .build();
    }

    @Test
    void terminatedPodsBeyondTheThresholdAreRemovedOldestFirst() {
        List<Pod> pods = List.of(pod("new", "n1", "Succeeded", "2026-01-03T00:00:00Z"),
                pod("old", "n1", "Failed", "2026-01-01T00:00:00Z"), pod("mid", "n1", "Succeeded", "2026-01-02T00:00:00Z"),
                pod("running", "n1", "Running", "2025-01-01T00:00:00Z"));
        assertThat(PodGcPlan.of(pods, Set.of("n1"), 1).terminated()).extracting(p -> p.getMetadata().getName())
                .containsExactly("old", "mid");
    }

    @Test
    void podsBoundToMissingNodesAreOrphaned() {
        List<Pod> pods = List.of(pod("a", "gone", "Running", null), pod("b", "n1", "Running", null),
                pod("c", null, "Pending", null));
        assertThat(PodGcPlan.of(pods, Set.of("n1"), 100).orphaned()).extracting(p -> p.getMetadata().getName())
                .containsExactly("a");
    }

    @Test
    void unscheduledTerminatingPodsAreCollected() {
        Pod terminating = new PodBuilder(pod("t", null, "Pending", null)).editMetadata()
                .withDeletionTimestamp("2026-01-01T00:00:00Z").endMetadata().build();
        assertThat(PodGcPlan.of(List.of(terminating, pod("p", null, "Pending", null)), Set.of(), 100)
                .unscheduledTerminating()).extracting(p -> p.getMetadata().getName()).containsExactly("t");
    }
}
