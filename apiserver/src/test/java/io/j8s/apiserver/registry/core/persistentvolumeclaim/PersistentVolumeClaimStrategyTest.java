package io.j8s.apiserver.registry.core.persistentvolumeclaim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.j8s.apiserver.registry.core.StrategyFixture;
import org.junit.jupiter.api.Test;

class PersistentVolumeClaimStrategyTest {

    private final StrategyFixture claims = StrategyFixture.of("persistentvolumeclaims");

    private static PersistentVolumeClaimBuilder claim(String size) {
        return new PersistentVolumeClaimBuilder().withNewMetadata().withName("data").withNamespace("default").endMetadata()
                .withNewSpec().withAccessModes("ReadWriteOnce").withNewResources().addToRequests("storage", new Quantity(size))
                .endResources().endSpec();
    }

    private ObjectNode bound(PersistentVolumeClaim claim) {
        ObjectNode obj = claims.created(claim);
        ((ObjectNode) obj.get("status")).put("phase", "Bound");
        return obj;
    }

    @Test
    void defaultsVolumeModeAndPhase() {
        ObjectNode obj = claims.created(claim("1Gi").build());
        assertThat(obj.at("/spec/volumeMode").asText()).isEqualTo("Filesystem");
        assertThat(obj.at("/status/phase").asText()).isEqualTo("Pending");
    }

    @Test
    void requiresAccessModes() {
        assertThat(claims.errors(claim("1Gi").editSpec().withAccessModes().endSpec().build()))
                .containsExactly("spec.accessModes: Required value: at least 1 access mode is required");
    }

    @Test
    void requiresAStorageRequest() {
        assertThat(claims.errors(claim("1Gi").editSpec().withNewResources().endResources().endSpec().build()))
                .containsExactly("spec.resources[storage]: Required value");
    }

    @Test
    void rejectsUnsupportedAccessMode() {
        assertThat(claims.errors(claim("1Gi").editSpec().withAccessModes("ReadSometimes").endSpec().build())).containsExactly(
                "spec.accessModes: Unsupported value: \"ReadSometimes\": supported values: "
                        + "\"ReadOnlyMany\", \"ReadWriteMany\", \"ReadWriteOnce\", \"ReadWriteOncePod\"");
    }

    @Test
    void allowsGrowingTheRequestOfABoundClaim() {
        ObjectNode old = bound(claim("1Gi").build());
        ObjectNode updated = bound(claim("2Gi").build());
        assertThat(StrategyFixture.messages(claims.strategy().validateUpdate(updated, old))).isEmpty();
    }

    @Test
    void forbidsShrinkingTheRequest() {
        ObjectNode old = bound(claim("2Gi").build());
        ObjectNode updated = bound(claim("1Gi").build());
        assertThat(StrategyFixture.messages(claims.strategy().validateUpdate(updated, old)))
                .containsExactly("spec.resources.requests.storage: Forbidden: field can not be less than previous value");
    }

    @Test
    void forbidsChangingOtherSpecFields() {
        ObjectNode old = claims.created(claim("1Gi").build());
        assertThat(claims.updateErrors(claim("1Gi").editSpec().withStorageClassName("fast").endSpec().build(), old))
                .containsExactly("spec: Forbidden: spec is immutable after creation except resources.requests and "
                        + "volumeAttributesClassName for bound claims\n  spec.storageClassName: null -> \"fast\"");
    }
}
