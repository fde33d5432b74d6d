package io.j8s.scheduler.plugins;

import static io.j8s.scheduler.plugins.Fixtures.info;
import static io.j8s.scheduler.plugins.Fixtures.node;
import static io.j8s.scheduler.plugins.Fixtures.pod;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.TaintBuilder;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import io.j8s.scheduler.framework.Code;
import io.j8s.scheduler.framework.CycleState;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaintTolerationTest {

    private final TaintToleration plugin = new TaintToleration();
    private final io.fabric8.kubernetes.api.model.Node gpuNode = node("gpu", "4", "4Gi").editSpec()
            .addToTaints(new TaintBuilder().withKey("dedicated").withValue("gpu").withEffect("NoSchedule").build())
            .endSpec().build();

    @Test
    void rejectsUntoleratedNoScheduleTaintWithKubernetesMessage() {
        var s = plugin.filter(new CycleState(), pod("p").build(), info(gpuNode));
        assertThat(s.code()).isEqualTo(Code.UNSCHEDULABLE_AND_UNRESOLVABLE);
        assertThat(s.reasons()).containsExactly("node(s) had untolerated taint {dedicated: gpu}");
    }

    @Test
    void acceptsMatchingEqualAndExistsTolerations() {
        var equal = pod("p").editSpec().addToTolerations(new TolerationBuilder().withKey("dedicated")
                .withOperator("Equal").withValue("gpu").withEffect("NoSchedule").build()).endSpec().build();
        var exists = pod("q").editSpec().addToTolerations(new TolerationBuilder().withOperator("Exists").build())
                .endSpec().build();
        var wrongValue = pod("r").editSpec().addToTolerations(new TolerationBuilder().withKey("dedicated")
                .withValue("cpu").withEffect("NoSchedule").build()).endSpec().build();
        assertThat(plugin.filter(new CycleState(), equal, info(gpuNode)).isSuccess()).isTrue();
        assertThat(plugin.filter(new CycleState(), exists, info(gpuNode)).isSuccess()).isTrue();
        assertThat(plugin.filter(new CycleState(), wrongValue, info(gpuNode)).isSuccess()).isFalse();
    }

    @Test
    void preferNoScheduleTaintsOnlyLowerTheScore() {
        var soft = node("soft", "4", "4Gi").editSpec().addToTaints(new TaintBuilder().withKey("spot")
                .withEffect("PreferNoSchedule").build()).endSpec().build();
        var plain = node("plain", "4", "4Gi").build();
        assertThat(plugin.filter(new CycleState(), pod("p").build(), info(soft)).isSuccess()).isTrue();
        var tf = new Fixtures.TestFramework(List.of(info(soft), info(plain)), TaintToleration.NAME);
        var scores = tf.scoreAll(pod("p").build());
        assertThat(scores.get("plain")).isEqualTo(100);
        assertThat(scores.get("soft")).isEqualTo(0);
    }
}
