package io.j8s.scheduler.plugins;

import static io.j8s.scheduler.plugins.Fixtures.info;
import static io.j8s.scheduler.plugins.Fixtures.node;
import static io.j8s.scheduler.plugins.Fixtures.pod;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.TaintBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import io.j8s.scheduler.framework.CycleState;
import io.j8s.scheduler.framework.NodeInfo;
import io.j8s.scheduler.framework.Status;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefaultPreemptionTest {

    private static Pod prio(String name, String cpu, int priority) {
        return pod(name, cpu, "10Mi").editMetadata().addToLabels("app", name.replaceAll("\\d", "")).endMetadata()
                .editSpec().withPriority(priority).endSpec().build();
    }

    private static Fixtures.TestFramework framework(FakeLister lister, NodeInfo... nodes) {
        return new Fixtures.TestFramework(List.of(nodes), lister, NodeResourcesFit.NAME, TaintToleration.NAME,
                DefaultPreemption.NAME);
    }

    private static DefaultPreemption preemption(Fixtures.TestFramework tf) {
        return (DefaultPreemption) tf.framework.plugin(DefaultPreemption.NAME);
    }

    private static io.j8s.scheduler.framework.PostFilterPlugin.PostFilterResult run(Fixtures.TestFramework tf, Pod p) {
        CycleState state = new CycleState();
        tf.framework.runPreFilter(state, p, tf.snapshot);
        Map<String, Status> statuses = tf.filterAll(p);
        return preemption(tf).postFilter(state, p, statuses);
    }

    @Test
    void picksTheNodeWhoseVictimsAreLeastImportantAndSparesWhatItCan() {
        var tf = framework(new FakeLister(),
                info(node("n1", "2", "1Gi").build(), prio("low", "1", 1), prio("mid", "1", 5)),
                info(node("n2", "2", "1Gi").build(), prio("mid2", "2", 5)));
        var result = run(tf, prio("urgent", "1", 10));
        assertThat(result.status().isSuccess()).isTrue();
        assertThat(result.nominatedNodeName()).isEqualTo("n1");

        CycleState state = new CycleState();
        Pod urgent = prio("urgent", "1", 10);
        tf.framework.runPreFilter(state, urgent, tf.snapshot);
        var candidates = preemption(tf).findCandidates(state, urgent, 10, tf.filterAll(urgent), new java.util.HashMap<>());
        var n1 = candidates.stream().filter(c -> c.nodeName().equals("n1")).findFirst().orElseThrow();
        assertThat(n1.victims()).extracting(v -> v.pod().getMetadata().getName()).containsExactly("low");
    }

    @Test
    void avoidsVictimsProtectedByAPodDisruptionBudget() {
        FakeLister lister = new FakeLister();
        lister.pdbs.add(new PodDisruptionBudgetBuilder().withNewMetadata().withName("guard").withNamespace("default")
                .endMetadata().withNewSpec().withNewSelector().addToMatchLabels("app", "guarded").endSelector()
                .endSpec().withNewStatus().withDisruptionsAllowed(0).endStatus().build());
        var tf = framework(lister, info(node("n1", "1", "1Gi").build(), prio("guarded1", "1", 1)),
                info(node("n2", "1", "1Gi").build(), prio("free1", "1", 2)));
        assertThat(run(tf, prio("urgent", "1", 10)).nominatedNodeName()).isEqualTo("n2");
    }

    @Test
    void explainsWhyPreemptionCannotHelp() {
        var tainted = node("t", "4", "1Gi").editSpec().addToTaints(new TaintBuilder().withKey("k").withValue("v")
                .withEffect("NoSchedule").build()).endSpec().build();
        var tf = framework(new FakeLister(), info(tainted), info(node("busy", "1", "1Gi").build(),
                prio("peer", "1", 10)));
        var result = run(tf, prio("urgent", "1", 10));
        assertThat(result.status().isSuccess()).isFalse();
        assertThat(result.status().message()).isEqualTo("preemption: 0/2 nodes are available: 1 No preemption "
                + "victims found for incoming pod, 1 Preemption is not helpful for scheduling.");
    }

    @Test
    void podsThatMayNotPreemptDoNot() {
        var tf = framework(new FakeLister(), info(node("n1", "1", "1Gi").build(), prio("low", "1", 1)));
        Pod never = new io.fabric8.kubernetes.api.model.PodBuilder(prio("urgent", "1", 10)).editSpec()
                .withPreemptionPolicy("Never").endSpec().build();
        assertThat(run(tf, never).status().message()).isEqualTo("not eligible due to preemptionPolicy=Never.");
    }
}
