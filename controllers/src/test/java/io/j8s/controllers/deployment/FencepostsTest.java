package io.j8s.controllers.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.IntOrString;
import org.junit.jupiter.api.Test;

class FencepostsTest {

    @Test
    void surgeRoundsUpAndUnavailableRoundsDown() {
        assertThat(Fenceposts.resolve(new IntOrString("25%"), new IntOrString("25%"), 10))
                .isEqualTo(new Fenceposts(3, 2));
    }

    @Test
    void bothZeroMakesUnavailableOne() {
        assertThat(Fenceposts.resolve(new IntOrString(0), new IntOrString("10%"), 5)).isEqualTo(new Fenceposts(0, 1));
    }

    @Test
    void integersAreTakenAsIs() {
        assertThat(Fenceposts.resolve(new IntOrString(2), new IntOrString(0), 3)).isEqualTo(new Fenceposts(2, 0));
    }

    @Test
    void defaultsAreTwentyFivePercent() {
        assertThat(Fenceposts.resolve(null, null, 4)).isEqualTo(new Fenceposts(1, 1));
        assertThat(Fenceposts.resolve(null, null, 1)).isEqualTo(new Fenceposts(1, 0));
    }
}
