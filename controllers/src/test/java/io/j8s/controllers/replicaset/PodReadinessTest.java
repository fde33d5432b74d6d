package io.j8s.controllers.replicaset;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PodReadinessTest {

    static Pod readySince(String time) {
        return new PodBuilder().withNewMetadata().withName("p").endMetadata().withNewStatus().withPhase("Running")
                .addNewCondition().withType("Ready").withStatus("True").withLastTransitionTime(time).endCondition()
                .endStatus().build();
    }

    @Test
    void aReadyPodIsAvailableOnlyAfterMinReadySeconds() {
        Pod pod = readySince("2026-01-01T00:00:00Z");
        assertThat(PodReadiness.isAvailable(pod, 10, Instant.parse("2026-01-01T00:00:09Z"))).isFalse();
        assertThat(PodReadiness.isAvailable(pod, 10, Instant.parse("2026-01-01T00:00:10Z"))).isTrue();
        assertThat(PodReadiness.isAvailable(pod, 0, Instant.parse("2026-01-01T00:00:00Z"))).isTrue();
    }

    @Test
    void terminatingAndFinishedPodsAreNotActive() {
        Pod running = readySince("2026-01-01T00:00:00Z");
        assertThat(PodReadiness.isActive(running)).isTrue();
        assertThat(PodReadiness.isActive(new PodBuilder(running).editMetadata()
                .withDeletionTimestamp("2026-01-01T00:00:01Z").endMetadata().build())).isFalse();
        assertThat(PodReadiness.isActive(new PodBuilder(running).editStatus().withPhase("Succeeded").endStatus()
                .build())).isFalse();
    }
}
