package io.j8s.apiserver.registry.coordination.lease;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.coordination.v1.LeaseBuilder;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.json.Json;
import org.junit.jupiter.api.Test;

class LeaseStrategyTest {

    private final LeaseStrategy strategy = new LeaseStrategy();

    private static LeaseBuilder lease() {
        return new LeaseBuilder().withNewMetadata().withName("node-1").withNamespace("kube-node-lease").endMetadata()
                .withNewSpec().withHolderIdentity("node-1").withLeaseDurationSeconds(40).endSpec();
    }

    @Test
    void acceptsAHeartbeatLease() {
        assertThat(strategy.validate(Json.toTree(lease().build()))).isEmpty();
    }

    @Test
    void rejectsNonPositiveDurationAndNegativeTransitions() {
        assertThat(strategy.validate(Json.toTree(lease().editSpec().withLeaseDurationSeconds(0).withLeaseTransitions(-1)
                .endSpec().build()))).extracting(FieldError::message).containsExactly(
                "spec.leaseDurationSeconds: Invalid value: 0: must be greater than 0",
                "spec.leaseTransitions: Invalid value: -1: must be greater than or equal to 0");
    }

    @Test
    void rejectsPreferredHolderWithoutStrategy() {
        assertThat(strategy.validate(Json.toTree(lease().editSpec().withPreferredHolder("node-2").endSpec().build())))
                .extracting(FieldError::message)
                .containsExactly("spec.preferredHolder: Forbidden: may only be specified if `strategy` is defined");
    }

    @Test
    void mayBeCreatedByPutButNotUpdatedWithoutResourceVersion() {
        assertThat(strategy.allowCreateOnUpdate()).isTrue();
        assertThat(strategy.allowUnconditionalUpdate()).isFalse();
    }
}
