package io.j8s.controllers.nodelifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.api.model.TaintBuilder;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import io.j8s.controllers.base.FakeClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaintEvictionTest {

    final FakeClock clock = new FakeClock(Instant.parse("2026-01-01T00:00:00Z"));
    final TaintEviction eviction = new TaintEviction(Duration.ofSeconds(300));
    final Taint unreachable = new TaintBuilder().withKey(NodeHealth.UNREACHABLE).withEffect("NoExecute")
            .withTimeAdded("2026-01-01T00:00:00Z").build();

    private static Pod pod(Toleration... tolerations) {
        return new PodBuilder().withNewMetadata().withName("p").withNamespace("ns").endMetadata().withNewSpec()
                .withNodeName("n1").withTolerations(tolerations).endSpec().build();
    }

    private static Toleration tolerate(String key, Long seconds) {
        return new TolerationBuilder().withKey(key).withOperator("Exists").withEffect("NoExecute")
                .withTolerationSeconds(seconds).build();
    }

    @Test
    void aPodWithoutTolerationsGetsTheDefaultFiveMinutesOnAnUnreachableNode() {
        assertThat(eviction.evictionTime(pod(), List.of(unreachable), clock.instant()))
                .contains(Instant.parse("2026-01-01T00:05:00Z"));
    }

    @Test
    void tolerationSecondsCountFromWhenTheTaintWasAdded() {
        clock.advance(Duration.ofSeconds(3));
        assertThat(eviction.evictionTime(pod(tolerate(NodeHealth.UNREACHABLE, 10L)), List.of(unreachable),
                clock.instant())).contains(Instant.parse("2026-01-01T00:00:10Z"));
    }

    @Test
    void aToleranceWithoutSecondsKeepsThePodForever() {
        assertThat(eviction.evictionTime(pod(tolerate(null, null)), List.of(unreachable), clock.instant())).isEmpty();
    }

    @Test
    void anUntoleratedNoExecuteTaintEvictsAtOnce() {
        Taint custom = new TaintBuilder().withKey("maintenance").withEffect("NoExecute").build();
        assertThat(eviction.evictionTime(pod(), List.of(custom), clock.instant())).contains(clock.instant());
    }

    @Test
    void noScheduleTaintsNeverEvict() {
        Taint custom = new TaintBuilder().withKey("maintenance").withEffect("NoSchedule").build();
        assertThat(eviction.evictionTime(pod(), List.of(custom), clock.instant())).isEmpty();
    }

    @Test
    void aTolerationForAnotherKeyDoesNotCount() {
        Taint custom = new TaintBuilder().withKey("maintenance").withEffect("NoExecute").build();
        assertThat(eviction.evictionTime(pod(tolerate("other", 100L)), List.of(custom), clock.instant()))
                .contains(clock.instant());
    }
}
