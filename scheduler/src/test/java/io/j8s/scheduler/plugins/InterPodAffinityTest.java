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

class InterPodAffinityTest {

    private static Node zoned(String name, String zone) {
        return node(name, "4", "4Gi").editMetadata().addToLabels("zone", zone).endMetadata().build();
    }

    private static Pod labelled(String name, String app) {
        return pod(name).editMetadata().addToLabels("app", app).endMetadata().build();
    }

    private static Pod affinity(String name, String app, String key, boolean anti) {
        var b = pod(name).editMetadata().addToLabels("role", "new").endMetadata().editSpec().withNewAffinity();
        var term = new io.fabric8.kubernetes.api.model.PodAffinityTermBuilder().withNewLabelSelector()
                .addToMatchLabels("app", app).endLabelSelector().withTopologyKey(key).build();
        if (anti) {
            b.withNewPodAntiAffinity().addToRequiredDuringSchedulingIgnoredDuringExecution(term).endPodAntiAffinity();
        } else {
            b.withNewPodAffinity().addToRequiredDuringSchedulingIgnoredDuringExecution(term).endPodAffinity();
        }
        return b.endAffinity().endSpec().build();
    }

    @Test
    void requiredAffinityAdmitsOnlyNodesInTheTopologyOfMatchingPods() {
        var tf = new Fixtures.TestFramework(List.of(info(zoned("a1", "a"), labelled("cache", "cache")),
                info(zoned("a2", "a")), info(zoned("b1", "b"))), InterPodAffinity.NAME);
        var statuses = tf.filterAll(affinity("p", "cache", "zone", false));
        assertThat(statuses.get("a1").isSuccess()).isTrue();
        assertThat(statuses.get("a2").isSuccess()).isTrue();
        assertThat(statuses.get("b1").code()).isEqualTo(Code.UNSCHEDULABLE_AND_UNRESOLVABLE);
        assertThat(statuses.get("b1").reasons()).containsExactly("node(s) didn't match pod affinity rules");
    }

    @Test
    void requiredAntiAffinityKeepsPodAwayFromMatchingPodsTopology() {
        var tf = new Fixtures.TestFramework(List.of(info(zoned("a1", "a"), labelled("db", "db")),
                info(zoned("a2", "a")), info(zoned("b1", "b"))), InterPodAffinity.NAME);
        var statuses = tf.filterAll(affinity("p", "db", "zone", true));
        assertThat(statuses.get("a2").reasons()).containsExactly("node(s) didn't match pod anti-affinity rules");
        assertThat(statuses.get("b1").isSuccess()).isTrue();
    }

    @Test
    void existingPodsAntiAffinityRepelsMatchingNewPods() {
        Pod existing = affinity("guard", "web", "kubernetes.io/hostname", true);
        var tf = new Fixtures.TestFramework(List.of(info(zoned("a1", "a"), existing), info(zoned("a2", "a"))),
                InterPodAffinity.NAME);
        var statuses = tf.filterAll(labelled("w", "web"));
        assertThat(statuses.get("a1").reasons())
                .containsExactly("node(s) didn't satisfy existing pods anti-affinity rules");
        assertThat(statuses.get("a2").isSuccess()).isTrue();
    }

    @Test
    void firstPodOfASelfAffineGroupMayGoAnywhere() {
        var tf = new Fixtures.TestFramework(List.of(info(zoned("a1", "a"))), InterPodAffinity.NAME);
        Pod self = pod("p").editMetadata().addToLabels("app", "cache").endMetadata().build();
        self.getSpec().setAffinity(affinity("x", "cache", "zone", false).getSpec().getAffinity());
        assertThat(tf.filterAll(self).get("a1").isSuccess()).isTrue();
    }

    @Test
    void preferredAffinityScoresNodesNearMatchingPodsHigher() {
        Pod p = pod("p").editSpec().withNewAffinity().withNewPodAffinity()
                .addNewPreferredDuringSchedulingIgnoredDuringExecution().withWeight(50).withNewPodAffinityTerm()
                .withNewLabelSelector().addToMatchLabels("app", "cache").endLabelSelector().withTopologyKey("zone")
                .endPodAffinityTerm().endPreferredDuringSchedulingIgnoredDuringExecution()
                .endPodAffinity().endAffinity().endSpec().build();
        var tf = new Fixtures.TestFramework(List.of(info(zoned("a1", "a"), labelled("cache", "cache")),
                info(zoned("b1", "b"))), InterPodAffinity.NAME);
        var scores = tf.scoreAll(p);
        assertThat(scores.get("a1")).isGreaterThan(scores.get("b1"));
    }
}
