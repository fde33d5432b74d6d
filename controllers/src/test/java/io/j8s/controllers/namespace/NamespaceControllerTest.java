package io.j8s.controllers.namespace;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.APIResourceBuilder;
import io.fabric8.kubernetes.api.model.APIResourceListBuilder;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import org.junit.jupiter.api.Test;

class NamespaceControllerTest {

    private static Namespace terminating(String... finalizers) {
        return new NamespaceBuilder().withNewMetadata().withName("ns").withDeletionTimestamp("2026-01-01T00:00:00Z")
                .endMetadata().withNewSpec().withFinalizers(finalizers).endSpec().withNewStatus()
                .withPhase("Terminating").endStatus().build();
    }

    @Test
    void aTerminatingNamespaceWithTheKubernetesFinalizerAwaitsContentDeletion() {
        assertThat(NamespaceController.awaitsContentDeletion(terminating("kubernetes"))).isTrue();
    }

    @Test
    void anActiveNamespaceOrOneAlreadyFinalizedIsLeftAlone() {
        Namespace active = new NamespaceBuilder().withNewMetadata().withName("ns").endMetadata().withNewSpec()
                .withFinalizers("kubernetes").endSpec().build();
        assertThat(NamespaceController.awaitsContentDeletion(active)).isFalse();
        assertThat(NamespaceController.awaitsContentDeletion(terminating())).isFalse();
        assertThat(NamespaceController.awaitsContentDeletion(terminating("example.com/other"))).isFalse();
    }

    @Test
    void finalizingRemovesOnlyTheKubernetesFinalizer() {
        Namespace done = NamespaceController.withoutFinalizer(terminating("kubernetes", "example.com/other"));
        assertThat(done.getSpec().getFinalizers()).containsExactly("example.com/other");
    }

    @Test
    void discoveryKeepsNamespacedDeletableTopLevelResourcesOnly() {
        var list = new APIResourceListBuilder().withGroupVersion("apps/v1").withResources(
                new APIResourceBuilder().withName("deployments").withKind("Deployment").withNamespaced(true)
                        .withVerbs("list", "delete", "deletecollection").build(),
                new APIResourceBuilder().withName("deployments/scale").withKind("Scale").withNamespaced(true)
                        .withVerbs("get", "update").build(),
                new APIResourceBuilder().withName("nodes").withKind("Node").withNamespaced(false)
                        .withVerbs("list", "delete").build(),
                new APIResourceBuilder().withName("bindings").withKind("Binding").withNamespaced(true)
                        .withVerbs("create").build()).build();
        assertThat(NamespacedResources.deletable("apps", "v1", list)).extracting(ResourceDefinitionContext::getPlural)
                .containsExactly("deployments");
    }
}
