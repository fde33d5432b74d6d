package io.j8s.scheduler.plugins;

import static io.j8s.scheduler.plugins.Fixtures.info;
import static io.j8s.scheduler.plugins.Fixtures.node;
import static io.j8s.scheduler.plugins.Fixtures.pod;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ContainerImageBuilder;
import io.j8s.scheduler.framework.CycleState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ImageLocality and NodeResourcesBalancedAllocation, which only score. */
class ScoringPluginsTest {

    @Test
    void imageLocalityPrefersNodesThatAlreadyHoldTheImage() {
        var withImage = node("cached", "4", "4Gi").editStatus().addToImages(new ContainerImageBuilder()
                .withNames("docker.io/library/app:1.0", "app:1.0").withSizeBytes(500L * 1024 * 1024).build())
                .endStatus().build();
        var without = node("cold", "4", "4Gi").build();
        var tf = new Fixtures.TestFramework(List.of(info(withImage), info(without)), ImageLocality.NAME);
        var p = pod("p").editSpec().editFirstContainer().withImage("app:1.0").endContainer().endSpec().build();
        var scores = tf.scoreAll(p);
        assertThat(scores.get("cached")).isGreaterThan(0);
        assertThat(scores.get("cold")).isZero();
    }

    @Test
    void balancedAllocationPrefersEqualCpuAndMemoryFractions() {
        var plugin = new NodeResourcesBalancedAllocation();
        var balanced = info(node("balanced", "4", "4Gi").build(), pod("u", "2", "2Gi").build());
        var skewed = info(node("skewed", "4", "4Gi").build(), pod("v", "3", "100Mi").build());
        var p = pod("p", "500m", "512Mi").build();
        assertThat(plugin.score(new CycleState(), p, balanced)).isGreaterThan(plugin.score(new CycleState(), p, skewed));
        assertThat(plugin.score(new CycleState(), p, balanced)).isEqualTo(100);
    }

    @Test
    void prioritySortOrdersByPriorityThenQueueTime() {
        var sort = new PrioritySort();
        var pi = io.j8s.scheduler.framework.PodInfo.of(pod("p").build());
        java.time.Instant t = java.time.Instant.parse("2026-01-01T00:00:00Z");
        io.j8s.scheduler.framework.QueuedPod high = queued(pi, 100, t.plusSeconds(5));
        io.j8s.scheduler.framework.QueuedPod lowEarly = queued(pi, 1, t);
        io.j8s.scheduler.framework.QueuedPod lowLate = queued(pi, 1, t.plusSeconds(1));
        assertThat(sort.less(high, lowEarly)).isTrue();
        assertThat(sort.less(lowEarly, lowLate)).isTrue();
        assertThat(sort.less(lowLate, lowEarly)).isFalse();
    }

    private static io.j8s.scheduler.framework.QueuedPod queued(io.j8s.scheduler.framework.PodInfo pi, int priority,
                                                               java.time.Instant t) {
        return new io.j8s.scheduler.framework.QueuedPod() {
            public io.j8s.scheduler.framework.PodInfo podInfo() {
                return pi;
            }

            public int priority() {
                return priority;
            }

            public java.time.Instant timestamp() {
                return t;
            }
        };
    }
}
