package io.j8s.scheduler.plugins;

import static io.j8s.scheduler.plugins.Fixtures.info;
import static io.j8s.scheduler.plugins.Fixtures.node;
import static io.j8s.scheduler.plugins.Fixtures.pod;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Quantity;
import io.j8s.scheduler.framework.Code;
import io.j8s.scheduler.framework.CycleState;
import io.j8s.scheduler.framework.NodeInfo;
import io.j8s.scheduler.framework.Resource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeResourcesFitTest {

    private final NodeResourcesFit fit = new NodeResourcesFit();

    @Test
    void rejectsNodeWithoutEnoughCpuOrMemoryListingEachReason() {
        NodeInfo node = info(node("n", "2", "1Gi").build(), pod("used", "1500m", "512Mi").build());
        var status = fit.filter(new CycleState(), pod("p", "1", "1Gi").build(), node);
        assertThat(status.code()).isEqualTo(Code.UNSCHEDULABLE);
        assertThat(status.reasons()).containsExactly("Insufficient cpu", "Insufficient memory");
    }

    @Test
    void acceptsPodThatExactlyFillsTheNode() {
        NodeInfo node = info(node("n", "2", "1Gi").build(), pod("used", "1", "512Mi").build());
        assertThat(fit.filter(new CycleState(), pod("p", "1", "512Mi").build(), node).isSuccess()).isTrue();
    }

    @Test
    void countsPodSlots() {
        var n = node("n", "8", "8Gi").editStatus().addToAllocatable("pods", new Quantity("1")).endStatus().build();
        NodeInfo node = info(n, pod("used", "100m", "1Mi").build());
        assertThat(fit.filter(new CycleState(), pod("p", "100m", "1Mi").build(), node).reasons())
                .containsExactly("Too many pods");
    }

    @Test
    void checksExtendedResourcesSuchAsGpus() {
        var n = node("n", "8", "8Gi").editStatus().addToAllocatable("nvidia.com/gpu", new Quantity("1")).endStatus()
                .build();
        var gpuPod = pod("p", "100m", "1Mi").editSpec().editFirstContainer().editResources()
                .addToRequests("nvidia.com/gpu", new Quantity("2")).endResources().endContainer().endSpec().build();
        assertThat(fit.filter(new CycleState(), gpuPod, info(n)).reasons()).containsExactly("Insufficient nvidia.com/gpu");
    }

    @Test
    void requestsUseTheLargestInitContainerAndAddPodOverhead() {
        var p = pod("p", "500m", "100Mi").editSpec().addNewInitContainer().withName("init").withImage("x")
                .withNewResources().addToRequests("cpu", new Quantity("2")).endResources().endInitContainer()
                .addToOverhead("cpu", new Quantity("250m")).endSpec().build();
        Resource r = io.j8s.scheduler.framework.PodRequests.of(p);
        assertThat(r.milliCpu()).isEqualTo(2250);
        assertThat(r.memory()).isEqualTo(100L * 1024 * 1024);
        assertThat(fit.filter(new CycleState(), p, info(node("n", "2", "1Gi").build())).reasons())
                .containsExactly("Insufficient cpu");
    }

    @Test
    void leastAllocatedPrefersTheEmptierNodeAndMostAllocatedTheFuller() {
        NodeInfo empty = info(node("empty", "4", "8Gi").build());
        NodeInfo busy = info(node("busy", "4", "8Gi").build(), pod("used", "2", "4Gi").build());
        var p = pod("p", "1", "1Gi").build();
        NodeResourcesFit most = new NodeResourcesFit(NodeResourcesFit.Strategy.MOST_ALLOCATED,
                Map.of("cpu", 1, "memory", 1));
        assertThat(fit.score(new CycleState(), p, empty)).isGreaterThan(fit.score(new CycleState(), p, busy));
        assertThat(most.score(new CycleState(), p, busy)).isGreaterThan(most.score(new CycleState(), p, empty));
        // (4 - 1) / 4 cpu and (8 - 1) / 8 memory free: (75 + 87) / 2
        assertThat(fit.score(new CycleState(), p, empty)).isEqualTo(81);
    }

    @Test
    void readsScoringStrategyFromArgs() throws Exception {
        var args = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                "{\"scoringStrategy\":{\"type\":\"MostAllocated\",\"resources\":[{\"name\":\"cpu\",\"weight\":3}]}}");
        assertThat(NodeResourcesFit.fromArgs(args).strategy()).isEqualTo(NodeResourcesFit.Strategy.MOST_ALLOCATED);
    }

    @Test
    void scoresThroughTheFrameworkOnlyFeasibleNodes() {
        var tf = new Fixtures.TestFramework(List.of(info(node("small", "1", "1Gi").build()),
                info(node("big", "8", "8Gi").build())), NodeResourcesFit.NAME);
        assertThat(tf.scoreAll(pod("p", "2", "1Gi").build())).containsOnlyKeys("big");
    }
}
