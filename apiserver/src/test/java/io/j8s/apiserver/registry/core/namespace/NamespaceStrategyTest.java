package io.j8s.apiserver.registry.core.namespace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.j8s.apiserver.registry.core.StrategyFixture;
import org.junit.jupiter.api.Test;

class NamespaceStrategyTest {

    private final StrategyFixture namespaces = StrategyFixture.of("namespaces");

    private static NamespaceBuilder namespace(String name) {
        return new NamespaceBuilder().withNewMetadata().withName(name).endMetadata();
    }

    @Test
    void addsTheKubernetesFinalizerAndActivePhaseOnCreate() {
        ObjectNode obj = namespaces.created(namespace("team-a").build());

        assertThat(obj.at("/spec/finalizers/0").asText()).isEqualTo("kubernetes");
        assertThat(obj.at("/status/phase").asText()).isEqualTo("Active");
    }

    @Test
    void labelsTheNamespaceWithItsName() {
        ObjectNode obj = namespaces.created(namespace("team-a").build());
        assertThat(obj.at("/metadata/labels").get("kubernetes.io/metadata.name").asText()).isEqualTo("team-a");
    }

    @Test
    void rejectsNameThatIsNotADnsLabel() {
        assertThat(namespaces.errors(namespace("Team_A").build())).hasSize(1).first().asString()
                .startsWith("metadata.name: Invalid value: \"Team_A\": a lowercase RFC 1123 label must consist of");
    }

    @Test
    void saysADottedNameMustNotContainDotsAsKubernetesDoes() {
        assertThat(namespaces.errors(namespace("team.a").build())).hasSize(1).first().asString()
                .isEqualTo("metadata.name: Invalid value: \"team.a\": must not contain dots");
    }

    @Test
    void forbidsANamespaceOnTheNamespaceItself() {
        assertThat(namespaces.errors(namespace("a").editMetadata().withNamespace("b").endMetadata().build()))
                .containsExactly("metadata.namespace: Forbidden: not allowed on this type");
    }

    @Test
    void keepsFinalizersOnUpdate() {
        ObjectNode old = namespaces.created(namespace("a").build());
        ObjectNode updated = old.deepCopy();
        ((ObjectNode) updated.get("spec")).putArray("finalizers");

        namespaces.strategy().prepareForUpdate(updated, old);

        assertThat(updated.at("/spec/finalizers/0").asText()).isEqualTo("kubernetes");
    }

    @Test
    void rejectsUnqualifiedFinalizerName() {
        assertThat(namespaces.errors(namespace("a").withNewSpec().withFinalizers("cleanup").endSpec().build()))
                .containsExactly("spec.finalizers: Invalid value: \"cleanup\": name is neither a standard finalizer name nor is it fully qualified");
    }

    @Test
    void selectsNamespacesByPhase() {
        assertThat(namespaces.strategy().selectableFields(namespaces.created(namespace("a").build())))
                .containsEntry("status.phase", "Active");
    }
}
