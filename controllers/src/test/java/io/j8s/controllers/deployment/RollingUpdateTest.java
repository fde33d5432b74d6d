package io.j8s.controllers.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RollingUpdateTest {

    @Test
    void theNewReplicaSetGrowsByTheSurgeOnly() {
        // 10 desired, surge 3, all 10 old pods present: the new RS may start 3.
        assertThat(RollingUpdate.newReplicaSetReplicas(10, 3, 10, 0)).isEqualTo(3);
        // Already at desired+surge: no growth.
        assertThat(RollingUpdate.newReplicaSetReplicas(10, 3, 13, 3)).isEqualTo(3);
        // Never beyond desired.
        assertThat(RollingUpdate.newReplicaSetReplicas(10, 3, 9, 9)).isEqualTo(10);
    }

    @Test
    void unavailableNewPodsEatIntoTheScaleDownBudget() {
        // 10 desired, maxUnavailable 2, 13 pods of which 3 new and not available: nothing may go.
        assertThat(RollingUpdate.maxScaledDown(13, 10, 2, 3, 0)).isEqualTo(2);
        assertThat(RollingUpdate.maxScaledDown(13, 10, 0, 3, 0)).isEqualTo(0);
        assertThat(RollingUpdate.maxScaledDown(13, 10, 0, 3, 3)).isEqualTo(3);
    }

    @Test
    void availablePodsBeyondTheMinimumMayGo() {
        assertThat(RollingUpdate.availableScaleDown(10, 10, 2)).isEqualTo(2);
        assertThat(RollingUpdate.availableScaleDown(7, 10, 2)).isZero();
    }

    @Property
    void growthNeverExceedsDesiredPlusSurge(@ForAll @IntRange(min = 0, max = 100) int desired,
            @ForAll @IntRange(min = 0, max = 20) int surge, @ForAll @IntRange(min = 0, max = 100) int oldReplicas,
            @ForAll @IntRange(min = 0, max = 100) int newReplicas) {
        // A new ReplicaSet above desired is scaled down before this arithmetic applies.
        Assume.that(newReplicas <= desired);
        int all = oldReplicas + newReplicas;
        int next = RollingUpdate.newReplicaSetReplicas(desired, surge, all, newReplicas);
        assertThat(next).isGreaterThanOrEqualTo(newReplicas);
        if (next > newReplicas) {
            assertThat(oldReplicas + next).isLessThanOrEqualTo(desired + surge);
            assertThat(next).isLessThanOrEqualTo(desired);
        }
    }
}
