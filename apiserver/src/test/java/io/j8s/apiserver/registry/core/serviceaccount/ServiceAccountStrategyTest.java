package io.j8s.apiserver.registry.core.serviceaccount;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.j8s.apiserver.registry.core.StrategyFixture;
import org.junit.jupiter.api.Test;

class ServiceAccountStrategyTest {

    private final StrategyFixture accounts = StrategyFixture.of("serviceaccounts");

    @Test
    void acceptsAServiceAccount() {
        assertThat(accounts.errors(new ServiceAccountBuilder().withNewMetadata().withName("builder").withNamespace("ci").endMetadata()
                .addNewImagePullSecret().withName("registry").endImagePullSecret().build())).isEmpty();
    }

    @Test
    void requiresANamespace() {
        assertThat(accounts.errors(new ServiceAccountBuilder().withNewMetadata().withName("builder").endMetadata().build()))
                .containsExactly("metadata.namespace: Required value");
    }
}
