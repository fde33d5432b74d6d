package io.j8s.controllers.disruption;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetStatusTest {

    private static List<Pod> pods(int ready, int notReady) {
        List<Pod> out = new ArrayList<>();
        for (int i = 0; i < ready + notReady; i++) {
            out.add(new PodBuilder().withNewMetadata().withName("p" + i).endMetadata().withNewStatus().addNewCondition()
                    .withType("Ready").withStatus(i < ready ? "True" : "False").endCondition().endStatus().build());
        }
        return out;
    }

    @Test
    void anIntegerMinAvailableExpectsTheSelectedPods() {
        assertThat(BudgetStatus.of(new IntOrString(2), null, pods(3, 1), 10))
                .isEqualTo(new BudgetStatus(3, 2, 1, 4));
    }

    @Test
    void aPercentMinAvailableRoundsUpAgainstTheControllersScale() {
        assertThat(BudgetStatus.of(new IntOrString("50%"), null, pods(3, 0), 5))
                .isEqualTo(new BudgetStatus(3, 3, 0, 5));
    }

    @Test
    void maxUnavailableIsTakenFromTheExpectedScaleRoundingUp() {
        assertThat(BudgetStatus.of(null, new IntOrString("30%"), pods(4, 0), 4))
                .isEqualTo(new BudgetStatus(4, 2, 2, 4));
        assertThat(BudgetStatus.of(null, new IntOrString(1), pods(2, 1), 3))
                .isEqualTo(new BudgetStatus(2, 2, 0, 3));
    }

    @Test
    void noDisruptionsAreAllowedWithoutExpectedPods() {
        assertThat(BudgetStatus.of(new IntOrString(0), null, List.of(), 0).disruptionsAllowed()).isZero();
    }
}
