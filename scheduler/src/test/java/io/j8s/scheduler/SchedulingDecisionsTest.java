package io.j8s.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.j8s.scheduler.framework.NodeInfo;
import io.j8s.scheduler.framework.Status;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SchedulingDecisionsTest {

    @Test
    void fitErrorMessageIsASortedHistogramFollowedByThePreemptionOutcome() {
        Map<String, Status> statuses = new LinkedHashMap<>();
        statuses.put("n1", Status.unschedulable("Insufficient cpu"));
        statuses.put("n2", Status.unresolvable("node(s) had untolerated taint {dedicated: gpu}"));
        statuses.put("n3", Status.unresolvable("node(s) didn't match Pod's node affinity/selector"));
        statuses.put("n4", Status.unresolvable("node(s) didn't match Pod's node affinity/selector"));
        FitError error = new FitError(4, statuses, null,
                "preemption: 0/4 nodes are available: 1 No preemption victims found for incoming pod, "
                        + "3 Preemption is not helpful for scheduling.");
        assertThat(error.message()).isEqualTo("0/4 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated "
                + "taint {dedicated: gpu}, 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/4 nodes "
                + "are available: 1 No preemption victims found for incoming pod, 3 Preemption is not helpful for "
                + "scheduling.");
        assertThat(new FitError(0, Map.of(), null, null).message()).isEqualTo("no nodes available to schedule pods");
        assertThat(new FitError(3, Map.of(), "persistentvolumeclaim \"x\" not found", null).message())
                .isEqualTo("0/3 nodes are available: persistentvolumeclaim \"x\" not found.");
    }

    @Test
    void largeClustersAreSearchedOnlyUntilEnoughFeasibleNodesAreFound() {
        assertThat(SchedulingCycle.numFeasibleNodesToFind(0, 50)).isEqualTo(50);
        assertThat(SchedulingCycle.numFeasibleNodesToFind(0, 1000)).isEqualTo(420);
        assertThat(SchedulingCycle.numFeasibleNodesToFind(0, 5000)).isEqualTo(500);
        assertThat(SchedulingCycle.numFeasibleNodesToFind(0, 100_000)).isEqualTo(5000);
        assertThat(SchedulingCycle.numFeasibleNodesToFind(1, 5000)).isEqualTo(100);
        assertThat(SchedulingCycle.numFeasibleNodesToFind(100, 5000)).isEqualTo(5000);
    }

    @Test
    void tiesAreBrokenUniformlyAtRandomAndReproduciblyWithASeed() {
        List<NodeInfo> nodes = IntStream.range(0, 3).mapToObj(i -> NodeInfo.of(new NodeBuilder().withNewMetadata()
                .withName("n" + i).endMetadata().build())).toList();
        long[] scores = {5, 7, 7};
        SchedulingCycle a = cycle(new Random(3));
        SchedulingCycle b = cycle(new Random(3));
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < 1000; i++) {
            String pick = a.selectHost(nodes, scores);
            assertThat(b.selectHost(nodes, scores)).isEqualTo(pick);
            counts.merge(pick, 1, Integer::sum);
        }
        assertThat(counts).doesNotContainKey("n0");
        assertThat(counts.get("n1")).isBetween(400, 600);
    }

    private static SchedulingCycle cycle(Random random) {
        return new SchedulingCycle(Map.of(), null, null, null, null, java.time.Clock.systemUTC(), random, null, null, 0);
    }
}
