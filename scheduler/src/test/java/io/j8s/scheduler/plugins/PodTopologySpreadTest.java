package io.j8s.scheduler.plugins;

import static io.j8s.scheduler.plugins.Fixtures.info;
import static io.j8s.scheduler.plugins.Fixtures.node;
import static io.j8s.scheduler.plugins.Fixtures.pod;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.j8s.scheduler.framework.Code;
import java.util.List;
import org.junit.jupiter.api.Test;

class PodTopologySpreadTest {

    private static Node zoned(String name, String zone) {
        return node(name, "4", "4Gi").editMetadata().addToLabels("zone", zone).endMetadata().build();
    }

    private static Pod web(String name) {
        return pod(name).editMetadata().addToLabels("app", "web").endMetadata().build();
    }

    private static Pod spread(String name, String when, int maxSkew, Integer minDomains) {
        return pod(name).editMetadata().addToLabels("app", "web").endMetadata().editSpec()
                .addNewTopologySpreadConstraint().withMaxSkew(maxSkew).withTopologyKey("zone")
                .withWhenUnsatisfiable(when).withMinDomains(minDomains).withNewLabelSelector()
                .addToMatchLabels("app", "web").endLabelSelector().endTopologySpreadConstraint().endSpec().build();
    }

    @Test
    void doNotScheduleRejectsDomainsThatWouldExceedMaxSkew() {
        var tf = new Fixtures.TestFramework(List.of(info(zoned("a1", "a"), web("w1"), web("w2")),
                info(zoned("b1", "b"), web("w3"))), PodTopologySpread.NAME);
        var statuses = tf.filterAll(spread("p", "DoNotSchedule", 1, null));
        assertThat(statuses.get("a1").code()).isEqualTo(Code.UNSCHEDULABLE);
        assertThat(statuses.get("a1").reasons()).containsExactly("node(s) didn't match pod topology spread constraints");
        assertThat(statuses.get("b1").isSuccess()).isTrue();
    }

    @Test
    void nodesWithoutTheTopologyKeyAreUnresolvable() {
        var tf = new Fixtures.TestFramework(List.of(info(node("bare", "4", "4Gi").build()), info(zoned("a1", "a"))),
                PodTopologySpread.NAME);
        var statuses = tf.filterAll(spread("p", "DoNotSchedule", 1, null));
        assertThat(statuses.get("bare").code()).isEqualTo(Code.UNSCHEDULABLE_AND_UNRESOLVABLE);
        assertThat(statuses.get("bare").reasons())
                .containsExactly("node(s) didn't match pod topology spread constraints (missing required label)");
    }

    @Test
    void minDomainsTreatsMissingDomainsAsEmpty() {
        var tf = new Fixtures.TestFramework(List.of(info(zoned("a1", "a"), web("w1")), info(zoned("b1", "b"), web("w2"))),
                PodTopologySpread.NAME);
        assertThat(tf.filterAll(spread("p", "DoNotSchedule", 1, null)).get("a1").isSuccess()).isTrue();
        assertThat(tf.filterAll(spread("q", "DoNotSchedule", 1, 3)).get("a1").isSuccess()).isFalse();
    }

    @Test
    void scheduleAnywayPrefersTheEmptierDomain() {
        var tf = new Fixtures.TestFramework(List.of(info(zoned("a1", "a"), web("w1"), web("w2")),
                info(zoned("b1", "b"))), PodTopologySpread.NAME);
        var statuses = tf.filterAll(spread("p", "ScheduleAnyway", 1, null));
        assertThat(statuses.values()).allMatch(s -> s.isSuccess());
        var scores = tf.scoreAll(spread("p", "ScheduleAnyway", 1, null));
        assertThat(scores.get("b1")).isGreaterThan(scores.get("a1"));
    }
}
