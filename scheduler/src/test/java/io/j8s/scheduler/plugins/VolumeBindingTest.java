package io.j8s.scheduler.plugins;

import static io.j8s.scheduler.plugins.Fixtures.info;
import static io.j8s.scheduler.plugins.Fixtures.node;
import static io.j8s.scheduler.plugins.Fixtures.pod;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.NodeSelectorRequirementBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;
import io.j8s.scheduler.framework.Code;
import java.util.List;
import org.junit.jupiter.api.Test;

class VolumeBindingTest {

    private final FakeLister lister = new FakeLister();
    private final Fixtures.TestFramework tf = new Fixtures.TestFramework(List.of(
            info(node("a", "1", "1Gi").editMetadata().addToLabels("zone", "a").endMetadata().build()),
            info(node("b", "1", "1Gi").editMetadata().addToLabels("zone", "b").endMetadata().build())),
            lister, VolumeBinding.NAME);

    private static Pod withClaim(String claim) {
        return pod("p").editSpec().addNewVolume().withName("data").withNewPersistentVolumeClaim()
                .withClaimName(claim).endPersistentVolumeClaim().endVolume().endSpec().build();
    }

    private void claim(String name, String volume, String storageClass) {
        lister.pvcs.add(new PersistentVolumeClaimBuilder().withNewMetadata().withName(name).withNamespace("default")
                .endMetadata().withNewSpec().withVolumeName(volume).withStorageClassName(storageClass).endSpec().build());
    }

    @Test
    void missingClaimIsUnresolvable() {
        var s = tf.filterAll(withClaim("nope")).get("a");
        assertThat(s.code()).isEqualTo(Code.UNSCHEDULABLE_AND_UNRESOLVABLE);
        assertThat(s.reasons()).containsExactly("persistentvolumeclaim \"nope\" not found");
    }

    @Test
    void unboundImmediateClaimBlocksButWaitForFirstConsumerDoesNot() {
        claim("pending", null, "standard");
        assertThat(tf.filterAll(withClaim("pending")).get("a").reasons())
                .containsExactly("pod has unbound immediate PersistentVolumeClaims");
        lister.classes.add(new StorageClassBuilder().withNewMetadata().withName("local").endMetadata()
                .withProvisioner("x").withVolumeBindingMode("WaitForFirstConsumer").build());
        claim("late", null, "local");
        assertThat(tf.filterAll(withClaim("late")).get("a").isSuccess()).isTrue();
    }

    @Test
    void boundVolumeNodeAffinityRestrictsNodes() {
        lister.pvs.add(new PersistentVolumeBuilder().withNewMetadata().withName("pv-a").endMetadata().withNewSpec()
                .withNewNodeAffinity().withNewRequired().addNewNodeSelectorTerm()
                .addToMatchExpressions(new NodeSelectorRequirementBuilder().withKey("zone").withOperator("In")
                        .withValues("a").build()).endNodeSelectorTerm().endRequired().endNodeAffinity()
                .endSpec().build());
        claim("data", "pv-a", "");
        var statuses = tf.filterAll(withClaim("data"));
        assertThat(statuses.get("a").isSuccess()).isTrue();
        assertThat(statuses.get("b").reasons()).containsExactly("node(s) had volume node affinity conflict");
    }

    @Test
    void podsWithoutClaimsSkipTheFilter() {
        assertThat(tf.filterAll(pod("plain").build()).values()).allMatch(s -> s.isSuccess());
    }
}
