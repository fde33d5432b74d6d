package io.j8s.controllers.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProportionalScalingTest {

    @Test
    void scalingUpMidRolloutSplitsInProportionToSize() {
        // Deployment 10 -> 15 replicas, surge 3: max was 13, becomes 18. RSs of 8 and 5 replicas.
        int toAdd = 18 - 13;
        int first = ProportionalScaling.proportion(8, 15, 3, 13, toAdd, 0);
        int second = ProportionalScaling.proportion(5, 15, 3, 13, toAdd, first);
        assertThat(first).isEqualTo(3);
        assertThat(second).isEqualTo(2);
    }

    @Test
    void scalingToZeroRemovesEverything() {
        assertThat(ProportionalScaling.proportion(4, 0, 0, 5, -5, 0)).isEqualTo(-4);
    }

    @Test
    void emptyReplicaSetsGetNothing() {
        assertThat(ProportionalScaling.proportion(0, 10, 2, 12, 4, 0)).isZero();
    }
}
