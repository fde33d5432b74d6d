package io.j8s.controllers.serviceaccount;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import org.junit.jupiter.api.Test;

class ServiceAccountsControllerTest {

    @Test
    void anActiveNamespaceNeedsTheDefaultAccount() {
        assertThat(ServiceAccountsController.needsAccounts(new NamespaceBuilder().withNewMetadata().withName("a")
                .endMetadata().withNewStatus().withPhase("Active").endStatus().build())).isTrue();
    }

    @Test
    void aTerminatingNamespaceGetsNoNewAccounts() {
        assertThat(ServiceAccountsController.needsAccounts(new NamespaceBuilder().withNewMetadata().withName("a")
                .withDeletionTimestamp("2026-01-01T00:00:00Z").endMetadata().withNewStatus().withPhase("Terminating")
                .endStatus().build())).isFalse();
    }
}
